namespace CchcPublic.Web.SiteConfig;

/// <summary>A definition read from umbraco-config/ that remembers where it was written, for precise errors.</summary>
public abstract class Located
{
    public int Line { get; set; }
}

/// <summary>Everything read from umbraco-config/ at start-up; immutable afterwards.</summary>
public sealed class CchcConfig
{
    public required SiteSettings Site { get; init; }
    public required IReadOnlyList<AgencyDefinition> Agencies { get; init; }
    public required IReadOnlyList<ThemeDefinition> Themes { get; init; }
    public required IReadOnlyList<ContentTypeDefinition> ContentTypes { get; init; }
    public required IReadOnlyList<ProgrammeDefinition> Programmes { get; init; }
    public required IReadOnlyList<PlanTaskDefinition> PlanTasks { get; init; }
    public required FeedbackSettings Feedback { get; init; }
    public required CalendarSettings Calendar { get; init; }

    public ContentTypeDefinition? ContentTypeForSection(string section) =>
        ContentTypes.FirstOrDefault(t => t.Section == section);
}

public sealed class SiteSettings : Located
{
    public string Name { get; set; } = "";
    public string? Tagline { get; set; }
    public string Owner { get; set; } = "";
    public string? Operator { get; set; }
    public string ResponsibleOfficial { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string Licence { get; set; } = "";
    public string? EnglishName { get; set; }
    public bool ContactVerified { get; set; }
    public HotlineSettings Hotline { get; set; } = new();
}

public sealed class HotlineSettings : Located
{
    public string Label { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? Email { get; set; }
    public string? Hours { get; set; }
}

public sealed class AgencyDefinition : Located
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public string? EnglishName { get; set; }
    public string Level { get; set; } = "";
    public string? Parent { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public List<SuccessorDefinition> Successors { get; set; } = [];
    public List<string> Hotlines { get; set; } = [];
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? ContactOfficial { get; set; }
    public bool ContactVerified { get; set; }
    public bool ReceivesFeedback { get; set; }
    public string? Note { get; set; }
}

public sealed class SuccessorDefinition : Located
{
    public string Code { get; set; } = "";
    public string? Note { get; set; }

    /// <summary>Subjects this successor takes over; open cases that mention them move to it.</summary>
    public List<string> Keywords { get; set; } = [];
}

public sealed class ThemeDefinition : Located
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class ContentTypeDefinition : Located
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string PluralName { get; set; } = "";
    public string Section { get; set; } = "";
    public List<FieldDefinition> Fields { get; set; } = [];
}

public sealed class FieldDefinition : Located
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>
    {
        "text", "longtext", "markdown", "int", "decimal", "date", "datetime", "bool", "url",
        "media", "media-list", "content-list", "choice", "text-list", "key-value",
    };

    public string Name { get; set; } = "";
    public string Label { get; set; } = "";
    public string Type { get; set; } = "";
    public bool Required { get; set; }
    public List<string> Options { get; set; } = [];
}

public sealed class ProgrammeDefinition : Located
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Medium { get; set; } = "";
    public string? Frequency { get; set; }
    public int? DurationMinutes { get; set; }
}

public sealed class PlanTaskDefinition : Located
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Lead { get; set; }
    public string? Frequency { get; set; }
    public int? QuotaPerYear { get; set; }
}
