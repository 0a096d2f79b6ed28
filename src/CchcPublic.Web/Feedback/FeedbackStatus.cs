namespace CchcPublic.Web.Feedback;

public enum FeedbackStatus
{
    Received,
    NotAccepted,
    Forwarded,
    InProgress,
    AwaitingInformation,
    Answered,
    Reopened,
    Closed,
}

public enum FeedbackChannel
{
    Web,
    Hotline,
    Letter,
    Email,
    InPerson,
    Api,
}

public enum FeedbackEventType
{
    Received,
    NotAccepted,
    Classified,
    Forwarded,
    Assigned,
    InformationRequested,
    InformationAdded,
    Answered,
    AnswerReturned,
    Published,
    Rated,
    Reopened,
    Closed,
}

/// <summary>The Vietnamese words for statuses, channels and events, written once.</summary>
public static class FeedbackText
{
    public static string Status(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Received => "Đã tiếp nhận",
        FeedbackStatus.NotAccepted => "Không đủ điều kiện tiếp nhận",
        FeedbackStatus.Forwarded => "Đã chuyển cơ quan có thẩm quyền",
        FeedbackStatus.InProgress => "Đang xử lý",
        FeedbackStatus.AwaitingInformation => "Chờ người gửi bổ sung thông tin",
        FeedbackStatus.Answered => "Đã trả lời",
        FeedbackStatus.Reopened => "Đã mở lại",
        FeedbackStatus.Closed => "Đã đóng",
        _ => status.ToString(),
    };

    public static string Channel(FeedbackChannel channel) => channel switch
    {
        FeedbackChannel.Web => "Cổng thông tin (trực tuyến)",
        FeedbackChannel.Hotline => "Điện thoại đường dây nóng",
        FeedbackChannel.Letter => "Thư, văn bản giấy",
        FeedbackChannel.Email => "Thư điện tử",
        FeedbackChannel.InPerson => "Trực tiếp tại cơ quan",
        FeedbackChannel.Api => "Ứng dụng kết nối (Open311)",
        _ => channel.ToString(),
    };

    public static string Event(FeedbackEventType type) => type switch
    {
        FeedbackEventType.Received => "Tiếp nhận",
        FeedbackEventType.NotAccepted => "Không tiếp nhận",
        FeedbackEventType.Classified => "Phân loại",
        FeedbackEventType.Forwarded => "Chuyển cơ quan có thẩm quyền",
        FeedbackEventType.Assigned => "Giao xử lý",
        FeedbackEventType.InformationRequested => "Đề nghị bổ sung thông tin",
        FeedbackEventType.InformationAdded => "Người gửi bổ sung thông tin",
        FeedbackEventType.Answered => "Trả lời",
        FeedbackEventType.AnswerReturned => "Trả lại để hoàn thiện câu trả lời",
        FeedbackEventType.Published => "Công khai câu trả lời",
        FeedbackEventType.Rated => "Người gửi đánh giá câu trả lời",
        FeedbackEventType.Reopened => "Mở lại theo đề nghị của người gửi",
        FeedbackEventType.Closed => "Đóng",
        _ => type.ToString(),
    };

    /// <summary>Channels an official can record in the back office; web and API cases come in by themselves.</summary>
    public static readonly IReadOnlyList<FeedbackChannel> OfficeChannels =
        [FeedbackChannel.Hotline, FeedbackChannel.Letter, FeedbackChannel.Email, FeedbackChannel.InPerson];
}
