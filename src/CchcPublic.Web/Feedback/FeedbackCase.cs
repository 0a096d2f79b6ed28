using CchcPublic.Web.Agencies;

namespace CchcPublic.Web.Feedback;

/// <summary>
/// One phản ánh, kiến nghị from receipt to closure. The sender's identity lives in <see cref="Sender"/> (its own
/// table, seen only by those handling the case); what happened to the case is the append-only <see cref="Events"/>.
/// </summary>
public sealed class FeedbackCase
{
    public long Id { get; set; }

    /// <summary>PAKN.YYYYMMDD.NNNN, the day being the Vietnamese calendar day of receipt.</summary>
    public required string Code { get; set; }

    /// <summary>PBKDF2 hash of the sender's access key; the key itself is shown once and never stored.</summary>
    public required string AccessKeyHash { get; set; }

    /// <summary>Code of a category in umbraco-config/feedback.yaml (also the Open311 service_code).</summary>
    public required string Category { get; set; }

    public string? ProcedureName { get; set; }

    /// <summary>The agency the feedback is about; null when the sender does not know.</summary>
    public int? SubjectAgencyId { get; set; }
    public Agency? SubjectAgency { get; set; }

    public string? Commune { get; set; }
    public required string Title { get; set; }
    public required string Content { get; set; }

    public FeedbackChannel Channel { get; set; }

    /// <summary>The official who entered a case received by phone, letter, email or in person (QĐ 31/2021 Art. 43).</summary>
    public string? ReceivedByUserId { get; set; }
    public string? ReceivedByName { get; set; }

    /// <summary>Name of the Open311 client whose api_key sent the case.</summary>
    public string? ApiClient { get; set; }

    public DateTime ReceivedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public FeedbackStatus Status { get; set; } = FeedbackStatus.Received;

    /// <summary>The agency holding the case now; on receipt, the directory's feedback-receiving agency.</summary>
    public int? HoldingAgencyId { get; set; }
    public Agency? HoldingAgency { get; set; }

    /// <summary>Answer deadline; set when the case is classified and taken up, null until then ("đang xác định").</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>By when the receiving agency must classify and, if outside its authority, forward (05 working days).</summary>
    public DateOnly? ForwardDueDate { get; set; }

    /// <summary>The routing rule's choice at receipt and why, e.g. "Quy tắc 2: ... → UBND phường Nghĩa Lộ".</summary>
    public string? RoutingExplanation { get; set; }

    public FeedbackClass? Classification { get; set; }
    public DateTime? ClassifiedUtc { get; set; }

    /// <summary>When the case first left the receiving agency for the competent one.</summary>
    public DateTime? ForwardedUtc { get; set; }

    public string? AssignedUserId { get; set; }
    public string? AssignedName { get; set; }

    /// <summary>Set while waiting for the sender: the deadlines stand still and move on by the days spent waiting.</summary>
    public DateTime? PausedUtc { get; set; }

    /// <summary>A deadline may be extended once, with a reason.</summary>
    public DateTime? ExtendedUtc { get; set; }
    public string? ExtensionReason { get; set; }

    /// <summary>The original case when this one was merged as a duplicate.</summary>
    public long? DuplicateOfId { get; set; }

    /// <summary>The answer being written; becomes <see cref="AnswerText"/> only when the coordinator approves it.</summary>
    public string? AnswerDraft { get; set; }
    public string? DraftedByUserId { get; set; }
    public string? DraftedByName { get; set; }
    public ReviewStage? ReviewStage { get; set; }

    public bool ConsentToProcessing { get; set; }
    public DateTime? ConsentUtc { get; set; }

    /// <summary>The sender agrees that the answer (never their personal data) may be published.</summary>
    public bool AllowPublishAnswer { get; set; }

    public string? AnswerText { get; set; }
    public DateTime? AnsweredUtc { get; set; }

    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    public DateTime? RatedUtc { get; set; }
    public int ReopenCount { get; set; }

    public DateTime? ClosedUtc { get; set; }
    public PublicationState Publication { get; set; }

    /// <summary>Deadline mails already sent for the current deadline, so no node sends one twice.</summary>
    public DateOnly? RemindedOn { get; set; }
    public DateOnly? EscalatedOn { get; set; }

    /// <summary>When the sender's personal data was removed (retention period over, or erased on request).</summary>
    public DateTime? AnonymisedUtc { get; set; }

    /// <summary>SHA-256 of the folded title and content, for spotting the same text sent twice.</summary>
    public required string ContentFingerprint { get; set; }

    public FeedbackSender Sender { get; set; } = null!;
    public List<FeedbackAttachment> Attachments { get; set; } = [];
    public List<FeedbackEvent> Events { get; set; } = [];

    public bool IsOpen => FeedbackStatuses.IsOpen(Status);
}

/// <summary>Who sent it (Nghị định 20/2008 Art. 7): personal data, never published, every view logged.</summary>
public sealed class FeedbackSender
{
    public long CaseId { get; set; }
    public required string FullName { get; set; }
    public required string Address { get; set; }

    /// <summary>Digits only (and a leading +), as <see cref="Infrastructure.Text.PhoneFormat.Digits"/> gives.</summary>
    public string? Phone { get; set; }

    /// <summary>Lower-cased.</summary>
    public string? Email { get; set; }

    public string? Organisation { get; set; }
}

public sealed class FeedbackAttachment
{
    public long Id { get; set; }
    public long CaseId { get; set; }

    /// <summary>The event that brought the file (receipt, or information added later).</summary>
    public long? EventId { get; set; }
    public FeedbackEvent? Event { get; set; }

    public required string FileName { get; set; }

    /// <summary>Name under media/feedback/; random, so nothing about the case can be guessed from it.</summary>
    public required string StoredName { get; set; }

    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string Sha256 { get; set; }
}

/// <summary>An immutable step in the case's history. Rows are only ever added.</summary>
public sealed class FeedbackEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTime OccurredUtc { get; set; }
    public FeedbackEventType Type { get; set; }
    public FeedbackStatus? FromStatus { get; set; }
    public FeedbackStatus ToStatus { get; set; }
    public string? ActorUserId { get; set; }
    public string ActorName { get; set; } = "";
    public int? AgencyId { get; set; }

    /// <summary>The agency's name at the time, so history reads as it happened after renames and mergers.</summary>
    public string? AgencyName { get; set; }

    /// <summary>Shown to the sender and the public timeline; never holds personal data.</summary>
    public string? PublicNote { get; set; }

    /// <summary>Seen only by those handling the case (what the sender added lives here too).</summary>
    public string? InternalNote { get; set; }

    public bool IsPublic { get; set; } = true;
}
