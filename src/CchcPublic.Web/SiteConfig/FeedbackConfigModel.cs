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

    public FeedbackCategoryDefinition? Category(string? code) => Categories.FirstOrDefault(c => c.Code == code);
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
}

/// <summary>Complaints and denunciations are not PAKN; these words make the form say where they belong.</summary>
public sealed class ComplaintDetection : Located
{
    public List<string> Keywords { get; set; } = [];
    public string Guidance { get; set; } = "";
}
