using System.Buffers.Binary;
using SkiaSharp;

namespace CchcPublic.Tests.Support;

/// <summary>Images made in the test: a JPEG carrying EXIF orientation and a GPS position, like a phone photo.</summary>
public static class TestImages
{
    public static byte[] Png(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0xB3, 0x13, 0x1B));
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>A 40×20 JPEG whose EXIF says "rotate 90° clockwise" (orientation 6) and "taken at 15°7'30" N".</summary>
    public static byte[] JpegWithGpsAndOrientation()
    {
        using var bitmap = new SKBitmap(40, 20);
        bitmap.Erase(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        var exif = ExifSegment();
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    private static byte[] ExifSegment()
    {
        var tiff = new byte[92];
        var span = tiff.AsSpan();
        "II*\0"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 8);
        // IFD0: orientation and a pointer to the GPS IFD.
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], 2);
        Entry(span[10..], 0x0112, 3, 1, 6);
        Entry(span[22..], 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt32LittleEndian(span[34..], 0);
        // GPS IFD: latitude reference "N" and latitude 15/1, 7/1, 3000/100.
        BinaryPrimitives.WriteUInt16LittleEndian(span[38..], 2);
        Entry(span[40..], 0x0001, 2, 2, BinaryPrimitives.ReadUInt32LittleEndian("N\0\0\0"u8));
        Entry(span[52..], 0x0002, 5, 3, 68);
        BinaryPrimitives.WriteUInt32LittleEndian(span[64..], 0);
        uint[] rationals = [15, 1, 7, 1, 3000, 100];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(68 + i * 4)..], rationals[i]);
        }
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
