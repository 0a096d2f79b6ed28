namespace CchcPublic.Web.Feedback.Intake;

/// <summary>What a sender (or an official for them) hands in, whichever the channel.</summary>
public sealed class FeedbackSubmission
{
    public string? Category { get; set; }
    public string? ProcedureName { get; set; }
    public int? SubjectAgencyId { get; set; }
    public string? Commune { get; set; }
    public string? Title { get; set; }
    public string? Content { get; set; }
    public string? FullName { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Organisation { get; set; }
    public bool Consent { get; set; }
    public bool AllowPublishAnswer { get; set; }

    /// <summary>The sender read that complaints and denunciations go elsewhere and says this is not one.</summary>
    public bool NotAComplaint { get; set; }

    public FeedbackChannel Channel { get; set; } = FeedbackChannel.Web;
    public string? ReceivedByUserId { get; set; }
    public string? ReceivedByName { get; set; }
    public string? ApiClient { get; set; }
    public IReadOnlyList<UploadedFile> Files { get; set; } = [];
}

public sealed record UploadedFile(string FileName, long Length, Func<Stream> Open);

public sealed record IntakeResult(
    string? Code, string? AccessKey, IReadOnlyDictionary<string, string> Errors, DuplicateCase? Duplicate)
{
    public bool Accepted => Code is not null && AccessKey is not null;

    public static IntakeResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, null, errors, null);
}

public sealed record DuplicateCase(string Code, DateTime ReceivedUtc);
