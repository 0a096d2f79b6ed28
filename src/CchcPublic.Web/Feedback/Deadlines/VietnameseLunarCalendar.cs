using System.Collections.Concurrent;

namespace CchcPublic.Web.Feedback.Deadlines;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed at UTC+7. Not .NET's ChineseLunisolarCalendar: China
/// reckons at UTC+8, so a new moon between 23:00 and midnight in Hà Nội starts the month a day later there
/// (Tết 1985 and 2030 differ).
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>First and last solar year converted (lunar years likewise, plus the one that ends in January 1900).</summary>
    public const int MinYear = Lunisolar.MinYear;
    public const int MaxYear = Lunisolar.MaxYear;

    private static readonly Lunisolar Vietnam = new(utcOffsetHours: 7);

    /// <summary>Mùng 1 Tết: the first day of the lunar year that begins in <paramref name="solarYear"/>.</summary>
    public static DateOnly LunarNewYear(int solarYear) => Vietnam.ToSolar(solarYear, 1, 1, leapMonth: false);

    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false) =>
        Vietnam.ToSolar(lunarYear, lunarMonth, lunarDay, leapMonth);

    public static (int Year, int Month, int Day, bool Leap) ToLunar(DateOnly date) => Vietnam.ToLunar(date);

    /// <summary>The month that is repeated as a leap month (tháng nhuận) in a lunar year, or 0 when there is none.</summary>
    public static int LeapMonth(int lunarYear) => Vietnam.LeapMonth(lunarYear);

    /// <summary>29 (tháng thiếu) or 30 (tháng đủ).</summary>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth = false) =>
        Vietnam.Month(lunarYear, lunarMonth, leapMonth).Length;
}

/// <summary>
/// A lunisolar calendar of the Chinese family kept at one time zone (after Hồ Ngọc Đức's description): a month
/// starts on the local day of a new moon; month 11 is the one holding the winter solstice; when 13 months
/// separate two months 11, the first of them without a major solar term (trung khí) is the leap month and
/// repeats the number of the month before it.
/// </summary>
internal sealed class Lunisolar(double utcOffsetHours)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    // DateOnly.DayNumber counts from 1 January of year 1; the Julian day number of that date is 1,721,426.
    private const int JulianDayOfDayZero = 1721426;

    private readonly ConcurrentDictionary<int, LunarMonth[]> spans = new();

    /// <summary>A lunar month; <paramref name="FirstDay"/> is a <see cref="DateOnly.DayNumber"/>.</summary>
    internal readonly record struct LunarMonth(int Year, int Month, bool Leap, int FirstDay, int Length);

    public DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth)
    {
        var month = Month(lunarYear, lunarMonth, leapMonth);
        if (lunarDay < 1 || lunarDay > month.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay,
                $"Lunar month {lunarMonth}{(leapMonth ? " (leap)" : "")} of {lunarYear} has {month.Length} days.");
        }
        return DateOnly.FromDayNumber(month.FirstDay + lunarDay - 1);
    }

    public (int Year, int Month, int Day, bool Leap) ToLunar(DateOnly date)
    {
        CheckYear(date.Year, nameof(date));
        // The months from the winter solstice of date.Year onwards are counted with the next year's span.
        var months = Span(date.Year + 1);
        if (date.DayNumber < months[0].FirstDay)
        {
            months = Span(date.Year);
        }
        var month = months.Last(m => m.FirstDay <= date.DayNumber);
        return (month.Year, month.Month, date.DayNumber - month.FirstDay + 1, month.Leap);
    }

    public int LeapMonth(int lunarYear)
    {
        CheckLunarYear(lunarYear);
        return MonthsOf(lunarYear).FirstOrDefault(m => m.Leap).Month;
    }

    public LunarMonth Month(int lunarYear, int lunarMonth, bool leapMonth)
    {
        CheckLunarYear(lunarYear);
        if (lunarMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "A lunar month is 1 to 12.");
        }
        foreach (var month in MonthsOf(lunarYear))
        {
            if (month.Month == lunarMonth && month.Leap == leapMonth)
            {
                return month;
            }
        }
        throw new ArgumentException($"Lunar year {lunarYear} has no leap month {lunarMonth}.", nameof(leapMonth));
    }

    /// <summary>Months 1 to 12 (and the leap month) of a lunar year, in order.</summary>
    private IEnumerable<LunarMonth> MonthsOf(int lunarYear) =>
        Span(lunarYear).Concat(Span(lunarYear + 1)).Where(m => m.Year == lunarYear);

    /// <summary>
    /// The months from month 11 of the lunar year before <paramref name="solarYear"/> up to, not including,
    /// the next month 11 (which starts in December of <paramref name="solarYear"/>).
    /// </summary>
    private LunarMonth[] Span(int solarYear) => spans.GetOrAdd(solarYear, ComputeSpan);

    private LunarMonth[] ComputeSpan(int solarYear)
    {
        var (start, k) = Month11(solarYear - 1);
        var (end, _) = Month11(solarYear);
        var firstDays = new List<int> { start };
        while (firstDays[^1] < end && firstDays.Count <= 14)
        {
            firstDays.Add(NewMoonDay(k + firstDays.Count));
        }
        var count = firstDays.Count - 1;
        if (firstDays[^1] != end || count is not (12 or 13))
        {
            throw new InvalidOperationException($"Lunar months between the solstices of {solarYear - 1} and {solarYear} do not add up.");
        }

        var leapIndex = -1;
        if (count == 13)
        {
            for (var i = 1; i < count && leapIndex < 0; i++)
            {
                if (SolarTermSector(firstDays[i]) == SolarTermSector(firstDays[i + 1]))
                {
                    leapIndex = i;
                }
            }
            if (leapIndex < 0)
            {
                throw new InvalidOperationException($"No month without a major solar term in the 13-month span ending {solarYear}.");
            }
        }

        var months = new LunarMonth[count];
        var (year, number) = (solarYear - 1, 11);
        for (var i = 0; i < count; i++)
        {
            var leap = i == leapIndex;
            if (i > 0 && !leap)
            {
                number = number % 12 + 1;
                if (number == 1)
                {
                    year = solarYear;
                }
            }
            months[i] = new LunarMonth(year, number, leap, firstDays[i], firstDays[i + 1] - firstDays[i]);
        }
        return months;
    }

    /// <summary>The first day of the month holding the winter solstice of <paramref name="solarYear"/>, and its lunation.</summary>
    private (int FirstDay, int Lunation) Month11(int solarYear)
    {
        var december31 = new DateOnly(solarYear, 12, 31).DayNumber;
        var k = Astronomy.LunationNear(december31 + JulianDayOfDayZero);
        var day = NewMoonDay(k);
        // Step back until the month starts before the Sun reaches 270° (the solstice) at the latest that day.
        while (SolarTermSector(day) >= 9)
        {
            k--;
            day = NewMoonDay(k);
        }
        return (day, k);
    }

    private int NewMoonDay(int k) => (int)Math.Floor(Astronomy.NewMoon(k) + 0.5 + utcOffsetHours / 24) - JulianDayOfDayZero;

    /// <summary>Which 30° sector of longitude (a major solar term each) the Sun is in when a local day begins.</summary>
    private int SolarTermSector(int dayNumber)
    {
        var localMidnightUt = dayNumber + JulianDayOfDayZero - 0.5 - utcOffsetHours / 24;
        return (int)(Astronomy.ApparentSunLongitude(localMidnightUt) / 30);
    }

    // January of the first year belongs to the lunar year before it, which must convert back too.
    private static void CheckLunarYear(int lunarYear)
    {
        if (lunarYear != MinYear - 1)
        {
            CheckYear(lunarYear, nameof(lunarYear));
        }
    }

    private static void CheckYear(int year, string parameter)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"The lunar calendar is computed for {MinYear}–{MaxYear}.");
        }
    }
}
