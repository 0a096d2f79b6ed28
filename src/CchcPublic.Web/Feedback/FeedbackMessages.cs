using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback;

/// <summary>The mails a sender receives, in plain Vietnamese text.</summary>
public sealed class FeedbackMessages(SiteSettings site, FeedbackSettings settings, Infrastructure.CchcOptions options, IHttpContextAccessor http)
{
    public const string TrackPath = "/phan-anh-kien-nghi/tra-cuu";

    public string ReceiptSubject(string code) => $"Đã tiếp nhận phản ánh, kiến nghị {code}";

    public string ReceiptBody(FeedbackCase feedback, string accessKey) => $"""
        Kính gửi {feedback.Sender.FullName},

        {site.Operator ?? site.Owner} đã tiếp nhận phản ánh, kiến nghị của Ông/Bà.

        Mã hồ sơ:   {feedback.Code}
        Khóa tra cứu: {accessKey}
        Tiêu đề:    {feedback.Title}
        Lĩnh vực:   {settings.Category(feedback.Category)?.Name ?? feedback.Category}
        Hình thức:  {FeedbackText.Channel(feedback.Channel)}

        Theo dõi tình trạng xử lý, bổ sung thông tin và đánh giá câu trả lời tại:
        {BaseUrl()}{TrackPath}
        (nhập mã hồ sơ và khóa tra cứu ở trên; vui lòng giữ bí mật khóa tra cứu).

        Đường dây nóng: {site.Hotline.Phone}

        Thư này được gửi tự động, vui lòng không trả lời thư này.
        """;

    private string BaseUrl() => options.PublicBase(http.HttpContext?.Request);
}
