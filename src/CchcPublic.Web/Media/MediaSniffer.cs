namespace CchcPublic.Web.Media;

public sealed record SniffedType(MediaKind Kind, string ContentType, string Extension, long MaxBytes);

/// <summary>
/// Decides what a file is from its first bytes, never from its name: an HTML page called photo.jpg is HTML.
/// SVG is refused outright, since it can carry script.
/// </summary>
public static class MediaSniffer
{
    private const long Mb = 1024 * 1024;

    public static readonly SniffedType Jpeg = new(MediaKind.Image, "image/jpeg", ".jpg", 20 * Mb);
    public static readonly SniffedType Png = new(MediaKind.Image, "image/png", ".png", 20 * Mb);
    public static readonly SniffedType WebP = new(MediaKind.Image, "image/webp", ".webp", 20 * Mb);
    public static readonly SniffedType Pdf = new(MediaKind.Pdf, "application/pdf", ".pdf", 50 * Mb);
    public static readonly SniffedType Mp3 = new(MediaKind.Audio, "audio/mpeg", ".mp3", 100 * Mb);
    public static readonly SniffedType Mp4 = new(MediaKind.Video, "video/mp4", ".mp4", 500 * Mb);
    public static readonly SniffedType WebVtt = new(MediaKind.Captions, "text/vtt", ".vtt", 2 * Mb);

    public const long LargestAllowed = 500 * Mb;

    public static SniffedType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8)) return Mp4;
        if (head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)) return Mp3;
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        if (text.StartsWith("WEBVTT"u8) && (text.Length == 6 || text[6] is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t')) return WebVtt;
        return null;
    }

    public static string KindName(MediaKind kind) => kind switch
    {
        MediaKind.Image => "Ảnh",
        MediaKind.Pdf => "Tài liệu PDF",
        MediaKind.Audio => "Âm thanh MP3",
        MediaKind.Video => "Video MP4",
        MediaKind.Captions => "Phụ đề WebVTT",
        _ => kind.ToString(),
    };
}
