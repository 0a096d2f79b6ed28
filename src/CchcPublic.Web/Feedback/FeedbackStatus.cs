namespace CchcPublic.Web.Feedback;

public enum FeedbackStatus
{
    Received,
    NotAccepted,
    Forwarded,
    InProgress,
    AwaitingInformation,
    InReview,
    Answered,
    Reopened,
    Closed,
    Duplicate,
}

public static class FeedbackStatuses
{
    public static bool IsOpen(FeedbackStatus status) =>
        status is not (FeedbackStatus.Answered or FeedbackStatus.Closed or FeedbackStatus.NotAccepted or FeedbackStatus.Duplicate);

    /// <summary>Statuses the case can no longer leave except by the sender reopening an answer.</summary>
    public static readonly IReadOnlyList<FeedbackStatus> Finished =
        [FeedbackStatus.Answered, FeedbackStatus.Closed, FeedbackStatus.NotAccepted, FeedbackStatus.Duplicate];

    /// <summary>
    /// The others. Queries name these (IN) rather than exclude <see cref="Finished"/> (NOT IN): the status index then
    /// finds the few open cases instead of scanning every case ever received.
    /// </summary>
    public static readonly IReadOnlyList<FeedbackStatus> Open = Enum.GetValues<FeedbackStatus>().Except(Finished).ToArray();

    /// <summary>Open cases whose clock runs: all but those waiting for the sender.</summary>
    public static readonly IReadOnlyList<FeedbackStatus> Running = Open.Where(s => s != FeedbackStatus.AwaitingInformation).ToArray();
}

/// <summary>The four classes of Nghị định 92/2017 a receiving agency puts each case in.</summary>
public enum FeedbackClass
{
    NotAccepted,
    Conduct,
    OwnAuthority,
    OutsideAuthority,
}

/// <summary>Who must approve the answer next (QĐ 31/2021 Art. 46: an answer that misses the question goes back).</summary>
public enum ReviewStage
{
    Agency,
    Coordinator,
}

public enum PublicationState
{
    None,
    Pending,
    Published,
    Withdrawn,
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
    NoteAdded,
    Transferred,
    AnswerSubmitted,
    AnswerApproved,
    Merged,
    DeadlineExtended,
    Moved,
    Reminded,
    Escalated,
    Anonymised,
    Unpublished,
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
        FeedbackStatus.InReview => "Đang duyệt câu trả lời",
        FeedbackStatus.Duplicate => "Trùng với hồ sơ khác",
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
        FeedbackEventType.NoteAdded => "Ghi chú nội bộ",
        FeedbackEventType.Transferred => "Chuyển cơ quan khác xử lý",
        FeedbackEventType.AnswerSubmitted => "Trình duyệt câu trả lời",
        FeedbackEventType.AnswerApproved => "Lãnh đạo cơ quan duyệt câu trả lời",
        FeedbackEventType.Merged => "Gộp vào hồ sơ trùng",
        FeedbackEventType.DeadlineExtended => "Gia hạn",
        FeedbackEventType.Moved => "Chuyển do sắp xếp tổ chức bộ máy",
        FeedbackEventType.Reminded => "Nhắc hạn xử lý",
        FeedbackEventType.Escalated => "Báo cáo quá hạn",
        FeedbackEventType.Anonymised => "Xóa dữ liệu cá nhân",
        FeedbackEventType.Unpublished => "Thôi công khai câu trả lời",
        _ => type.ToString(),
    };

    public static string Class(FeedbackClass value) => value switch
    {
        FeedbackClass.NotAccepted => "Không đủ điều kiện tiếp nhận",
        FeedbackClass.Conduct => "Về hành vi chậm trễ, gây phiền hà, không thực hiện hoặc thực hiện không đúng quy định – chuyển cơ quan có thẩm quyền",
        FeedbackClass.OwnAuthority => "Thuộc thẩm quyền của cơ quan tiếp nhận – xử lý tại đây",
        FeedbackClass.OutsideAuthority => "Không thuộc thẩm quyền – chuyển cơ quan có thẩm quyền (trong 05 ngày làm việc)",
        _ => value.ToString(),
    };

    public static string Publication(PublicationState state) => state switch
    {
        PublicationState.None => "Không công khai",
        PublicationState.Pending => "Chờ kiểm tra dữ liệu cá nhân để công khai",
        PublicationState.Published => "Đã công khai",
        PublicationState.Withdrawn => "Đã thôi công khai",
        _ => state.ToString(),
    };

    /// <summary>Channels an official can record in the back office; web and API cases come in by themselves.</summary>
    public static readonly IReadOnlyList<FeedbackChannel> OfficeChannels =
        [FeedbackChannel.Hotline, FeedbackChannel.Letter, FeedbackChannel.Email, FeedbackChannel.InPerson];
}
