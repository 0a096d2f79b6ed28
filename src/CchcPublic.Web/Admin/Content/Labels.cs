using CchcPublic.Web.Content;

namespace CchcPublic.Web.Admin.Content;

/// <summary>Vietnamese names of workflow states, in one place.</summary>
public static class Labels
{
    public static string Of(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "Bản nháp",
        ContentStatus.InReview => "Chờ duyệt",
        ContentStatus.Scheduled => "Hẹn giờ xuất bản",
        ContentStatus.Published => "Đã xuất bản",
        ContentStatus.Withdrawn => "Đã rút lại",
        ContentStatus.Removed => "Đã gỡ bỏ",
        ContentStatus.Redirected => "Đã chuyển hướng",
        _ => status.ToString(),
    };

    public static string Describe(ContentItem item) =>
        Of(item.Status)
        + (item.LiveRevisionId is not null && item.LiveRevisionId != item.LatestRevisionId && item.Status is ContentStatus.Draft or ContentStatus.InReview or ContentStatus.Scheduled
            ? " · bản đang công khai vẫn hiển thị" : "")
        + (item.AwaitsForcePublishReview ? " · xuất bản khẩn chờ xem xét" : "");
}
