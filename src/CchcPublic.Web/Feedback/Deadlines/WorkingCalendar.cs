using System.Collections.Concurrent;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback.Deadlines;

/// <summary>
/// Working days of civil servants in Việt Nam (Monday to Friday, Quyết định 188/1999/QĐ-TTg) less public holidays.
/// A year with an announced schedule in calendar.yaml follows it exactly; any other year follows the statute
/// (Bộ luật Lao động 2019, Điều 111–112): the holidays in the file, and a holiday on a Saturday or Sunday gives the
/// next working day off. Immutable; each year is worked out once and shared by all requests.
/// </summary>
public sealed class WorkingCalendar
{
    private const string Saturday = "Thứ Bảy";
    private const string Sunday = "Chủ nhật";
    private const string CompensationPrefix = "Nghỉ bù ";

    private readonly IReadOnlyList<Holiday> holidays;
    private readonly IReadOnlyDictionary<int, Schedule> announced;
    private readonly ConcurrentDictionary<int, YearPlan> years = new();

    public WorkingCalendar(CalendarSettings settings)
    {
        holidays = settings.Holidays
            .Select(h => new Holiday(h.Name, h.IsLunar, h.Month, h.Day, h.DaysBefore, h.DaysAfter, h.EffectiveFrom, h.EffectiveTo))
            .ToList();
        announced = settings.AnnouncedYears.ToDictionary(
            a => a.Year,
            a => new Schedule(
                a.DaysOff.SelectMany(g => g.Dates.Select(d => (Day: d, g.Reason))).ToDictionary(x => x.Day, x => x.Reason),
                a.MakeUpDays.SelectMany(g => g.Dates).ToHashSet()));
    }

    public bool IsWorkingDay(DateOnly day) => Plan(day.Year).Reason(day) is null;

    /// <summary>Why a day is not worked ("Thứ Bảy", "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương"…), or null on a working day.</summary>
    public string? DayOffReason(DateOnly day) => Plan(day.Year).Reason(day);

    /// <summary>
    /// The due date of something received on <paramref name="start"/> and due within <paramref name="days"/> working
    /// days: the day received does not count, so one working day from a Friday is the next working Monday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                days--;
            }
        }
        return day;
    }

    /// <summary>Working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>; 0 when to ≤ from.</summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive <= fromExclusive)
        {
            return 0;
        }
        var first = Plan(fromExclusive.Year);
        var count = -first.WorkingThrough(fromExclusive);
        for (var year = fromExclusive.Year; year < toInclusive.Year; year++)
        {
            count += Plan(year).WorkingDays;
        }
        return count + Plan(toInclusive.Year).WorkingThrough(toInclusive);
    }

    // Two threads may build the same year at once; both get the same answer, so the loser's copy is simply dropped.
    private YearPlan Plan(int year)
    {
        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Working days are computed for {VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear}.");
        }
        return years.GetOrAdd(year, BuildPlan);
    }

    private YearPlan BuildPlan(int year)
    {
        var daysOff = new Dictionary<DateOnly, string>();
        var makeUpDays = new HashSet<DateOnly>();
        if (announced.TryGetValue(year, out var schedule))
        {
            foreach (var (day, reason) in schedule.DaysOff)
            {
                daysOff[day] = reason;
            }
            makeUpDays = schedule.MakeUpDays;
        }
        else
        {
            foreach (var (day, reason) in StatutoryDaysOff(year).Where(d => d.Key.Year == year))
            {
                daysOff[day] = reason;
            }
        }
        return new YearPlan(year, day => daysOff.GetValueOrDefault(day) ?? (makeUpDays.Contains(day) ? null : WeekendName(day)));
    }

    /// <summary>
    /// Holidays by statute around <paramref name="year"/> with their nghỉ bù. The years either side are included
    /// because a holiday near New Year can push its nghỉ bù across, or take the day another one would get.
    /// </summary>
    private SortedDictionary<DateOnly, string> StatutoryDaysOff(int year)
    {
        var holidayDays = new SortedDictionary<DateOnly, string>();
        foreach (var holiday in holidays)
        {
            foreach (var day in Occurrences(holiday, year - 1, year + 1))
            {
                // Two holidays on one day are one day off: Điều 111 gives nghỉ bù only for weekly rest days.
                holidayDays[day] = holidayDays.TryGetValue(day, out var other) && other != holiday.Name
                    ? $"{other}, {holiday.Name}"
                    : holiday.Name;
            }
        }

        var result = new SortedDictionary<DateOnly, string>(holidayDays);
        foreach (var (day, name) in holidayDays.Where(h => WeekendName(h.Key) is not null))
        {
            var substitute = day.AddDays(1);
            while (WeekendName(substitute) is not null || result.ContainsKey(substitute))
            {
                substitute = substitute.AddDays(1);
            }
            result[substitute] = CompensationPrefix + name;
        }
        return result;
    }

    /// <summary>Each day off that a holiday gives in the solar years <paramref name="fromYear"/> to <paramref name="toYear"/>.</summary>
    private static IEnumerable<DateOnly> Occurrences(Holiday holiday, int fromYear, int toYear)
    {
        // A lunar date in early January belongs to the lunar year before.
        var first = Math.Max(holiday.Lunar ? fromYear - 1 : fromYear, VietnameseLunarCalendar.MinYear);
        var last = Math.Min(toYear, VietnameseLunarCalendar.MaxYear);
        for (var year = first; year <= last; year++)
        {
            if (Anchor(holiday.Lunar, holiday.Month, holiday.Day, year) is not { } anchor || !holiday.IsEffectiveOn(anchor))
            {
                continue;
            }
            for (var offset = -holiday.DaysBefore; offset <= holiday.DaysAfter; offset++)
            {
                var day = anchor.AddDays(offset);
                if (day.Year >= fromYear && day.Year <= toYear)
                {
                    yield return day;
                }
            }
        }
    }

    /// <summary>The date a holiday falls on in a solar year, or for a lunar holiday in a lunar year; null if none.</summary>
    internal static DateOnly? Anchor(bool lunar, int month, int day, int year)
    {
        if (!lunar)
        {
            // 29 February is a holiday only in leap years.
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        // Day 30 of a 29-day lunar month (tháng thiếu) is taken as its last day.
        return VietnameseLunarCalendar.ToSolar(year, month, Math.Min(day, VietnameseLunarCalendar.DaysInMonth(year, month)));
    }

    private static string? WeekendName(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => Saturday,
        DayOfWeek.Sunday => Sunday,
        _ => null,
    };

    private sealed record Holiday(string Name, bool Lunar, int Month, int Day, int DaysBefore, int DaysAfter, DateOnly? From, DateOnly? To)
    {
        public bool IsEffectiveOn(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);
    }

    private sealed record Schedule(IReadOnlyDictionary<DateOnly, string> DaysOff, HashSet<DateOnly> MakeUpDays);

    /// <summary>One solar year: the reason each day is off (null when worked) and running counts of working days.</summary>
    private sealed class YearPlan
    {
        private readonly DateOnly firstDay;
        private readonly string?[] reasons;
        private readonly int[] workingThrough;

        public YearPlan(int year, Func<DateOnly, string?> reasonFor)
        {
            firstDay = new DateOnly(year, 1, 1);
            var length = DateTime.IsLeapYear(year) ? 366 : 365;
            reasons = new string?[length];
            workingThrough = new int[length];
            var count = 0;
            for (var i = 0; i < length; i++)
            {
                reasons[i] = reasonFor(firstDay.AddDays(i));
                count += reasons[i] is null ? 1 : 0;
                workingThrough[i] = count;
            }
        }

        public int WorkingDays => workingThrough[^1];

        public string? Reason(DateOnly day) => reasons[day.DayNumber - firstDay.DayNumber];

        /// <summary>Working days from 1 January up to and including <paramref name="day"/>.</summary>
        public int WorkingThrough(DateOnly day) => workingThrough[day.DayNumber - firstDay.DayNumber];
    }
}
