using System.IO.Compression;

namespace CchcPublic.Web.Feedback.Attachments;

public enum AttachmentKind
{
    Jpeg,
    Png,
    Pdf,
    Docx,
    Xlsx,
}

public sealed record InspectedFile(AttachmentKind Kind, string Extension, string ContentType);

/// <summary>
/// Decides what a file is from its bytes, never from its name or the browser's word: an HTML page renamed
/// .jpg is refused. The name's extension must agree with the content.
/// </summary>
public static class AttachmentInspector
{
    public const string AllowedList = "JPG, PNG, PDF, DOCX, XLSX";

    private static readonly Dictionary<string, AttachmentKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = AttachmentKind.Jpeg,
        [".jpeg"] = AttachmentKind.Jpeg,
        [".png"] = AttachmentKind.Png,
        [".pdf"] = AttachmentKind.Pdf,
        [".docx"] = AttachmentKind.Docx,
        [".xlsx"] = AttachmentKind.Xlsx,
    };

    /// <summary>The kind, or a Vietnamese reason for refusing the file.</summary>
    public static (InspectedFile? File, string? Error) Inspect(string fileName, byte[] content)
    {
        if (!ByExtension.TryGetValue(Path.GetExtension(fileName), out var claimed))
        {
            return (null, $"Tệp “{fileName}” không đúng định dạng cho phép ({AllowedList}).");
        }
        var actual = Sniff(content);
        if (actual != claimed)
        {
            return (null, $"Nội dung tệp “{fileName}” không phải là tệp {Describe(claimed)} hợp lệ.");
        }
        return (actual switch
        {
            AttachmentKind.Jpeg => new InspectedFile(actual.Value, ".jpg", "image/jpeg"),
            AttachmentKind.Png => new InspectedFile(actual.Value, ".png", "image/png"),
            AttachmentKind.Pdf => new InspectedFile(actual.Value, ".pdf", "application/pdf"),
            AttachmentKind.Docx => new InspectedFile(actual.Value, ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            _ => new InspectedFile(AttachmentKind.Xlsx, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        }, null);
    }

    private static string Describe(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => "ảnh JPG",
        AttachmentKind.Png => "ảnh PNG",
        AttachmentKind.Pdf => "PDF",
        AttachmentKind.Docx => "Word (DOCX)",
        _ => "Excel (XLSX)",
    };

    private static AttachmentKind? Sniff(byte[] content)
    {
        ReadOnlySpan<byte> head = content;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return AttachmentKind.Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return AttachmentKind.Png;
        if (head.StartsWith("%PDF-"u8))
            return AttachmentKind.Pdf;
        if (head.StartsWith("PK\u0003\u0004"u8))
            return SniffOfficeZip(content);
        return null;
    }

    // A DOCX or XLSX is a zip with a content-types part and its main part; macro-enabled documents are refused.
    private static AttachmentKind? SniffOfficeZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                return null;
            if (zip.GetEntry("word/document.xml") is not null)
                return AttachmentKind.Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null)
                return AttachmentKind.Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
