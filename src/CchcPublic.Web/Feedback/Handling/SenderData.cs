using System.Text.Json;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Handling;

public sealed record SenderCase(string Code, string Title, FeedbackStatus Status, DateTime ReceivedUtc, bool Anonymised);

/// <summary>
/// A sender's rights over their data (Nghị định 13/2023): an administrator finds every case of one phone number or
/// email, gives the person a copy, or erases it. Each search, export and erasure is logged.
/// </summary>
public sealed class SenderData(AppDbContext db, AuditLog audit, Anonymisation anonymisation, TimeProvider clock)
{
    public static (string? Phone, string? Email) Normalise(string? contact)
    {
        contact = contact?.Trim();
        if (string.IsNullOrEmpty(contact))
            return (null, null);
        return contact.Contains('@', StringComparison.Ordinal)
            ? (null, FeedbackValidator.NormalizeEmail(contact))
            : (FeedbackValidator.NormalizePhone(contact), null);
    }

    private IQueryable<FeedbackCase> Of(string? phone, string? email) =>
        db.FeedbackCases.Where(c => (phone != null && c.Sender.Phone == phone) || (email != null && c.Sender.Email == email));

    public async Task<IReadOnlyList<SenderCase>> FindAsync(string? contact, CancellationToken cancellationToken)
    {
        var (phone, email) = Normalise(contact);
        if (phone is null && email is null)
            return [];
        var cases = await Of(phone, email).AsNoTracking().OrderBy(c => c.ReceivedUtc)
            .Select(c => new SenderCase(c.Code, c.Title, c.Status, c.ReceivedUtc, c.AnonymisedUtc != null)).ToListAsync(cancellationToken);
        audit.Record("feedback.sender-searched", nameof(FeedbackSender), null, $"Tra cứu dữ liệu của người gửi theo yêu cầu: {cases.Count} hồ sơ",
            new { codes = cases.Select(c => c.Code) });
        await db.SaveChangesAsync(cancellationToken);
        return cases;
    }

    /// <summary>Everything held about the person, as JSON they can be given: their details, what they sent, what happened.</summary>
    public async Task<byte[]?> ExportAsync(string? contact, string requestedBy, CancellationToken cancellationToken)
    {
        var (phone, email) = Normalise(contact);
        if (phone is null && email is null)
            return null;
        var cases = await Of(phone, email).AsNoTracking().OrderBy(c => c.ReceivedUtc).ToListAsync(cancellationToken);
        if (cases.Count == 0)
            return null;
        var ids = cases.Select(c => c.Id).ToList();
        var events = await db.FeedbackEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId) && e.IsPublic)
            .OrderBy(e => e.OccurredUtc).ToListAsync(cancellationToken);
        var files = await db.FeedbackAttachments.AsNoTracking().Where(a => ids.Contains(a.CaseId)).ToListAsync(cancellationToken);
        var export = new
        {
            xuatLuc = VnTime.Display(clock.GetUtcNow().UtcDateTime),
            hoSo = cases.Select(c => new
            {
                maHoSo = c.Code,
                nguoiGui = new { hoTen = c.Sender.FullName, diaChi = c.Sender.Address, dienThoai = c.Sender.Phone, email = c.Sender.Email, toChuc = c.Sender.Organisation },
                dongYXuLy = c.ConsentUtc is { } consent ? VnTime.Display(consent) : null,
                dongYCongKhai = c.AllowPublishAnswer,
                tieuDe = c.Title,
                noiDung = c.Content,
                linhVuc = c.Category,
                ngayGui = VnTime.Display(c.ReceivedUtc),
                trangThai = FeedbackText.Status(c.Status),
                traLoi = c.AnswerText,
                danhGia = c.Rating,
                nhanXet = c.RatingComment,
                tepDinhKem = files.Where(f => f.CaseId == c.Id).Select(f => f.FileName),
                lichSu = events.Where(e => e.CaseId == c.Id).Select(e => new { thoiDiem = VnTime.Display(e.OccurredUtc), buoc = FeedbackText.Event(e.Type), ghiChu = e.PublicNote }),
            }),
        };
        audit.Record("feedback.sender-exported", nameof(FeedbackSender), null, $"Xuất dữ liệu cá nhân của người gửi ({cases.Count} hồ sơ) theo yêu cầu",
            new { codes = cases.Select(c => c.Code), requestedBy });
        await db.SaveChangesAsync(cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(export, new JsonSerializerOptions
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    public async Task<(int Count, string? Error)> EraseAsync(string? contact, string? reason, CaseActor actor, CancellationToken cancellationToken)
    {
        var (phone, email) = Normalise(contact);
        if (phone is null && email is null)
            return (0, "Vui lòng nhập số điện thoại hoặc email của người gửi.");
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
            return (0, "Vui lòng ghi căn cứ xóa (ví dụ: đơn yêu cầu của người gửi ngày ...).");
        var cases = await Of(phone, email).Where(c => c.AnonymisedUtc == null).ToListAsync(cancellationToken);
        if (cases.Count == 0)
            return (0, "Không có hồ sơ nào còn dữ liệu cá nhân của người gửi này.");
        await anonymisation.ApplyAsync(cases, $"Xóa theo yêu cầu của người gửi: {reason}", actor, cancellationToken);
        return (cases.Count, null);
    }
}
