using SkiaSharp;

namespace CchcPublic.Web.Media;

/// <summary>
/// Re-encodes every uploaded image: the camera's orientation is applied to the pixels and nothing else of
/// the original file survives (no EXIF, no GPS, no thumbnails). Smaller WebP copies are made for srcset.
/// </summary>
public static class ImageProcessor
{
    public static readonly int[] VariantWidths = [480, 960, 1600];
    private const int JpegQuality = 85;
    private const int WebPQuality = 80;

    public sealed record Result(byte[] Main, int Width, int Height, IReadOnlyList<(int Width, int Height, byte[] Bytes)> Variants);

    public static Result? Process(byte[] original, SniffedType type)
    {
        using var data = SKData.CreateCopy(original);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }
        using var upright = Orient(decoded, codec.EncodedOrigin);
        var format = type == MediaSniffer.Png ? SKEncodedImageFormat.Png
            : type == MediaSniffer.WebP ? SKEncodedImageFormat.Webp
            : SKEncodedImageFormat.Jpeg;
        var main = Encode(upright, format, format == SKEncodedImageFormat.Webp ? WebPQuality : JpegQuality);
        var variants = new List<(int, int, byte[])>();
        foreach (var width in VariantWidths.Where(w => w < upright.Width))
        {
            var height = (int)Math.Round(upright.Height * (double)width / upright.Width);
            using var resized = upright.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
            variants.Add((width, height, Encode(resized, SKEncodedImageFormat.Webp, WebPQuality)));
        }
        return new Result(main, upright.Width, upright.Height, variants);
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format, quality);
        return encoded.ToArray();
    }

    // EXIF orientations: the stored pixels must be turned this way to look right.
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return source.Copy();
        }
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Scale(-1, 1, source.Width / 2f, 0);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.RotateDegrees(180, source.Width / 2f, source.Height / 2f);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Scale(1, -1, 0, source.Height / 2f);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(result.Width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(result.Width, result.Height);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, result.Height);
                canvas.RotateDegrees(270);
                break;
        }
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }
}
