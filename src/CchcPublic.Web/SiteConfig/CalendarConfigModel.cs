namespace CchcPublic.Web.SiteConfig;

internal sealed class CalendarDocument
{
    public CalendarSettings? Calendar { get; set; }
}

/// <summary>umbraco-config/calendar.yaml: public holidays by statute, and each year's schedule once announced.</summary>
public sealed class CalendarSettings : Located
{
    /// <summary>Holidays by statute; they decide every year that has no announced schedule.</summary>
    public List<HolidayDefinition> Holidays { get; set; } = [];

    /// <summary>Years whose days off and make-up days were announced; the announcement replaces the statute.</summary>
    public List<AnnouncedYear> AnnouncedYears { get; set; } = [];
}

public sealed class HolidayDefinition : Located
{
    public const string Solar = "solar";
    public const string Lunar = "lunar";

    public string Name { get; set; } = "";

    /// <summary><see cref="Solar"/> (dương lịch) or <see cref="Lunar"/> (âm lịch, at UTC+7).</summary>
    public string Calendar { get; set; } = Solar;

    public int Month { get; set; }
    public int Day { get; set; }

    /// <summary>Days off just before the date (Tết: 1, the last day of the lunar year).</summary>
    public int DaysBefore { get; set; }

    /// <summary>Days off just after the date (Tết: 3; Quốc khánh: 1).</summary>
    public int DaysAfter { get; set; }

    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? Source { get; set; }

    public bool IsLunar => Calendar == Lunar;
}

/// <summary>What the government announced for one year: the days off on weekdays and the Saturdays worked instead.</summary>
public sealed class AnnouncedYear : Located
{
    public int Year { get; set; }
    public List<AnnouncedDays> DaysOff { get; set; } = [];
    public List<AnnouncedDays> MakeUpDays { get; set; } = [];
}

/// <summary>Days announced together, for one reason, by one document.</summary>
public sealed class AnnouncedDays : Located
{
    public string Reason { get; set; } = "";
    public List<DateOnly> Dates { get; set; } = [];
    public string Source { get; set; } = "";
}
