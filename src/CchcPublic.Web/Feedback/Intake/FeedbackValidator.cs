using System.Net.Mail;
using System.Text.RegularExpressions;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback.Intake;

/// <summary>The rules of Nghị định 20/2008 Art. 7 and of this form, with the Vietnamese message for each field.</summary>
public sealed partial class FeedbackValidator(FeedbackSettings settings, ComplaintDetector complaints)
{
    public const int MinContentLength = 20;

    public Dictionary<string, string> Validate(FeedbackSubmission s)
    {
        var errors = new Dictionary<string, string>();
        void Add(string field, string message) => errors.TryAdd(field, message);

        if (string.IsNullOrWhiteSpace(s.Category))
            Add(nameof(s.Category), "Vui lòng chọn phản ánh, kiến nghị về vấn đề gì.");
        else if (settings.Category(s.Category) is not { } category)
            Add(nameof(s.Category), "Lĩnh vực đã chọn không có trong danh mục.");
        else if (category.IsComplaint)
            Add(nameof(s.Category), "Khiếu nại, tố cáo không được tiếp nhận qua hệ thống phản ánh, kiến nghị. " + settings.Complaint.Guidance);
        if (Length(s.ProcedureName) > 300)
            Add(nameof(s.ProcedureName), "Tên thủ tục hành chính tối đa 300 ký tự.");
        if (Length(s.Commune) > 150)
            Add(nameof(s.Commune), "Tên xã, phường tối đa 150 ký tự.");

        var title = s.Title?.Trim() ?? "";
        if (title.Length == 0)
            Add(nameof(s.Title), "Vui lòng nhập tiêu đề.");
        else if (title.Length > settings.TitleMaxLength)
            Add(nameof(s.Title), $"Tiêu đề tối đa {settings.TitleMaxLength} ký tự (hiện có {title.Length}).");
        var content = s.Content?.Trim() ?? "";
        if (content.Length == 0)
            Add(nameof(s.Content), "Vui lòng nhập nội dung phản ánh, kiến nghị.");
        else if (content.Length < MinContentLength)
            Add(nameof(s.Content), $"Nội dung cần ít nhất {MinContentLength} ký tự để cơ quan hiểu rõ vấn đề.");
        else if (content.Length > settings.ContentMaxLength)
            Add(nameof(s.Content), $"Nội dung tối đa {settings.ContentMaxLength} ký tự (hiện có {content.Length}).");

        if (string.IsNullOrWhiteSpace(s.FullName))
            Add(nameof(s.FullName), "Vui lòng nhập họ và tên (Nghị định 20/2008 không tiếp nhận phản ánh nặc danh).");
        else if (s.FullName.Trim().Length > 200)
            Add(nameof(s.FullName), "Họ và tên tối đa 200 ký tự.");
        if (string.IsNullOrWhiteSpace(s.Address))
            Add(nameof(s.Address), "Vui lòng nhập địa chỉ liên hệ.");
        else if (s.Address.Trim().Length > 400)
            Add(nameof(s.Address), "Địa chỉ tối đa 400 ký tự.");
        var phone = NormalizePhone(s.Phone);
        var email = NormalizeEmail(s.Email);
        if (phone is null && email is null)
            Add(nameof(s.Phone), "Vui lòng nhập số điện thoại hoặc email (ít nhất một) để cơ quan liên hệ và trả lời.");
        if (phone is { } p && !PhonePattern().IsMatch(p))
            Add(nameof(s.Phone), "Số điện thoại không hợp lệ (từ 8 đến 12 chữ số, ví dụ 0912 345 678).");
        if (email is { } e && !IsEmail(e))
            Add(nameof(s.Email), "Địa chỉ email không hợp lệ (ví dụ ten@example.com).");
        if (Length(s.Organisation) > 300)
            Add(nameof(s.Organisation), "Tên cơ quan, tổ chức tối đa 300 ký tự.");
        if (!s.Consent)
            Add(nameof(s.Consent), s.Channel == FeedbackChannel.Web
                ? "Vui lòng đánh dấu đồng ý cho phép xử lý dữ liệu cá nhân; nếu không, cơ quan không thể tiếp nhận và trả lời."
                : "Cần xác nhận người gửi đã được thông báo và đồng ý cho phép xử lý dữ liệu cá nhân.");
        if (s.Channel == FeedbackChannel.Web && !s.NotAComplaint && complaints.LooksLikeComplaint(s.Title, s.Content))
            Add(nameof(s.NotAComplaint), "Nội dung có dấu hiệu là khiếu nại hoặc tố cáo. Vui lòng đọc hướng dẫn bên dưới; nếu đây đúng là phản ánh, kiến nghị, hãy đánh dấu xác nhận rồi gửi lại.");
        return errors;
    }

    public static string? NormalizePhone(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : PhoneFormat.Digits(raw.Trim()) is { Length: > 0 } digits ? digits : raw.Trim();

    public static string? NormalizeEmail(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : raw.Trim().ToLowerInvariant();

    private static bool IsEmail(string value) =>
        value.Length <= 200 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    private static int Length(string? value) => value?.Trim().Length ?? 0;

    [GeneratedRegex(@"^\+?\d{8,12}$")]
    private static partial Regex PhonePattern();
}
