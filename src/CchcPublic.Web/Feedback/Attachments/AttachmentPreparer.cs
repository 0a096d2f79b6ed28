using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Infrastructure.Text;

namespace CchcPublic.Web.Feedback.Attachments;

public sealed record PreparedFile(string FileName, InspectedFile Inspected, byte[] Content)
{
    public string Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));
}

/// <summary>Reads uploads, refuses what is not what it claims to be, and re-encodes photos without metadata.</summary>
public static class AttachmentPreparer
{
    public static (List<PreparedFile> Files, string? Error) Prepare(IReadOnlyList<UploadedFile> uploads, int maxCount, long maxBytes)
    {
        var files = new List<PreparedFile>();
        var real = uploads.Where(u => u.Length > 0 || !string.IsNullOrEmpty(u.FileName)).ToList();
        if (real.Count > maxCount)
            return (files, $"Chỉ được đính kèm tối đa {maxCount} tệp (đã chọn {real.Count}).");
        foreach (var upload in real)
        {
            var name = SafeFileName(upload.FileName);
            if (upload.Length > maxBytes)
                return (files, $"Tệp “{name}” vượt quá {maxBytes / (1024 * 1024)} MB.");
            if (upload.Length == 0)
                return (files, $"Tệp “{name}” rỗng.");
            using var stream = upload.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var (inspected, error) = AttachmentInspector.Inspect(name, bytes);
            if (inspected is null)
                return (files, error);
            if (inspected.Kind is AttachmentKind.Jpeg or AttachmentKind.Png)
            {
                if (ImageSanitizer.Reencode(bytes, inspected.Kind) is not { } clean)
                    return (files, $"Không đọc được ảnh “{name}”; vui lòng chụp hoặc lưu lại ảnh rồi gửi.");
                bytes = clean;
            }
            files.Add(new PreparedFile(name, inspected, bytes));
        }
        return (files, null);
    }

    // The name is shown back to people and officials: keep the words, drop any path and control characters.
    private static string SafeFileName(string raw)
    {
        var name = Path.GetFileName(raw.Replace('\\', '/'));
        name = Nfc.Normalize(new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim());
        return name.Length switch
        {
            0 => "tep-dinh-kem",
            > 200 => name[..150] + Path.GetExtension(name),
            _ => name,
        };
    }
}
