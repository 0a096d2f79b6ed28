namespace CchcPublic.Web.SiteConfig;

/// <summary>umbraco-config/feedback.yaml: what a phản ánh, kiến nghị can be about and how long it lives.</summary>
public sealed class FeedbackSettings : Located
{
    public int ReopenWithinDays { get; set; } = 30;
    public int RetentionYears { get; set; } = 5;
    public int TitleMaxLength { get; set; } = 200;
    public int ContentMaxLength { get; set; } = 4000;
    public List<FeedbackCategoryDefinition> Categories { get; set; } = [];
    public ComplaintDetection Complaint { get; set; } = new();
    public DeadlineSettings Deadlines { get; set; } = new();
    public List<RoutingRuleDefinition> Routing { get; set; } = [];
    public List<ResponseTemplateDefinition> Templates { get; set; } = [];

    /// <summary>Code of the agency whose triage queue takes every case no rule matches; by default the one marked receivesFeedback.</summary>
    public string? TriageAgency { get; set; }

    public FeedbackCategoryDefinition? Category(string? code) => Categories.FirstOrDefault(c => c.Code == code);

    public int ForwardWorkingDays(string category) => Category(category)?.ForwardWorkingDays ?? Deadlines.ForwardWorkingDays;

    public int AnswerWorkingDays(string category) => Category(category)?.AnswerWorkingDays ?? Deadlines.AnswerWorkingDays;

    public IEnumerable<ResponseTemplateDefinition> TemplatesFor(string kind) => Templates.Where(t => t.Kind == kind);
}

/// <summary>Working-day deadlines (Nghị định 92/2017: forward within 05; Luật Tiếp công dân Art. 28: answer within 10).</summary>
public sealed class DeadlineSettings : Located
{
    public int ForwardWorkingDays { get; set; } = 5;
    public int AnswerWorkingDays { get; set; } = 10;

    /// <summary>A case is flagged "sắp đến hạn" this many working days before its deadline, and its holder reminded.</summary>
    public int NearDueWorkingDays { get; set; } = 2;

    /// <summary>The one extension allowed may add at most this many working days.</summary>
    public int MaxExtensionWorkingDays { get; set; } = 10;

    /// <summary>An overdue case is reported to the coordinator again every this many working days.</summary>
    public int EscalateEveryWorkingDays { get; set; } = 5;
}

/// <summary>
/// One routing rule: a case matching every condition given goes to <see cref="To"/>. Empty conditions match anything.
/// <see cref="To"/> is an agency code, "subject" (the agency the case is about) or "place" (the commune named).
/// </summary>
public sealed class RoutingRuleDefinition : Located
{
    public const string ToSubject = "subject";
    public const string ToPlace = "place";

    public int Rule { get; set; }
    public string Description { get; set; } = "";
    public List<string> Categories { get; set; } = [];
    public List<string> SubjectAgencies { get; set; } = [];
    public List<string> SubjectLevels { get; set; } = [];
    public List<string> Places { get; set; } = [];

    /// <summary>"any" (a commune is named), "none" (no commune named) or empty (either).</summary>
    public string? Place { get; set; }

    /// <summary>Words looked for in the procedure name and title, without regard to diacritics.</summary>
    public List<string> Keywords { get; set; } = [];
    public string To { get; set; } = "";
}

/// <summary>A ready text for a reason or an answer; staff adapt it before sending.</summary>
public sealed class ResponseTemplateDefinition : Located
{
    public const string NotAccepted = "not-accepted";
    public const string Answer = "answer";
    public const string Information = "information";
    public const string Return = "return";
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string> { NotAccepted, Answer, Information, Return };

    public string Code { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class FeedbackCategoryDefinition : Located
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The form asks which procedure (TTHC) the feedback is about.</summary>
    public bool AsksForProcedure { get; set; }

    /// <summary>Offered so people who came to complain or denounce are told where to go; never accepted as a case.</summary>
    public bool IsComplaint { get; set; }

    /// <summary>Overrides of the default deadlines for this category, in working days.</summary>
    public int? ForwardWorkingDays { get; set; }
    public int? AnswerWorkingDays { get; set; }
}

/// <summary>Complaints and denunciations are not PAKN; these words make the form say where they belong.</summary>
public sealed class ComplaintDetection : Located
{
    public List<string> Keywords { get; set; } = [];
    public string Guidance { get; set; } = "";
}
