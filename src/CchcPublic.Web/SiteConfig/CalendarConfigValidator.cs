using CchcPublic.Web.Feedback.Deadlines;

namespace CchcPublic.Web.SiteConfig;

internal static class CalendarConfigValidator
{
    private const string File = ConfigLoader.CalendarFile;
    private const int MaxDaysAround = 10;

    public static IEnumerable<ConfigError> Validate(CalendarSettings? calendar)
    {
        if (calendar is null)
        {
            return [new ConfigError(File, 1, "thiếu khóa 'calendar'.")];
        }
        var holidayErrors = ValidateHolidays(calendar).ToList();
        // Announced years are checked against the holidays, which must be readable first.
        return holidayErrors.Concat(ValidateAnnouncedYears(calendar, checkAgainstHolidays: holidayErrors.Count == 0));
    }

    private static IEnumerable<ConfigError> ValidateHolidays(CalendarSettings calendar)
    {
        if (calendar.Holidays.Count == 0)
            yield return new ConfigError(File, calendar.Line, "cần ít nhất một ngày lễ trong 'holidays'.");
        foreach (var holiday in calendar.Holidays)
        {
            var name = string.IsNullOrWhiteSpace(holiday.Name) ? "(chưa đặt tên)" : holiday.Name;
            if (string.IsNullOrWhiteSpace(holiday.Name))
                yield return new ConfigError(File, holiday.Line, "ngày lễ thiếu 'name'.");
            if (holiday.Calendar is not (HolidayDefinition.Solar or HolidayDefinition.Lunar))
                yield return new ConfigError(File, holiday.Line, $"ngày lễ '{name}': 'calendar' phải là '{HolidayDefinition.Solar}' (dương lịch) hoặc '{HolidayDefinition.Lunar}' (âm lịch), đang là '{holiday.Calendar}'.");
            if (holiday.Month is < 1 or > 12)
                yield return new ConfigError(File, holiday.Line, $"ngày lễ '{name}': tháng {holiday.Month} không hợp lệ (từ 1 đến 12).");
            else if (holiday.Day < 1 || holiday.Day > LongestMonth(holiday))
                yield return new ConfigError(File, holiday.Line, $"ngày lễ '{name}': tháng {holiday.Month}{(holiday.IsLunar ? " âm lịch" : "")} không có ngày {holiday.Day} (từ 1 đến {LongestMonth(holiday)}).");
            if (holiday.DaysBefore is < 0 or > MaxDaysAround || holiday.DaysAfter is < 0 or > MaxDaysAround)
                yield return new ConfigError(File, holiday.Line, $"ngày lễ '{name}': 'daysBefore' và 'daysAfter' phải từ 0 đến {MaxDaysAround}.");
            if (holiday.EffectiveFrom is { } from && holiday.EffectiveTo is { } to && to < from)
                yield return new ConfigError(File, holiday.Line, $"ngày lễ '{name}': 'effectiveTo' ({to:dd/MM/yyyy}) trước 'effectiveFrom' ({from:dd/MM/yyyy}).");
        }
        for (var i = 0; i < calendar.Holidays.Count; i++)
        {
            var holiday = calendar.Holidays[i];
            var earlier = calendar.Holidays.Take(i).FirstOrDefault(h => SameDate(h, holiday) && Overlap(h, holiday));
            if (earlier is not null)
                yield return new ConfigError(File, holiday.Line, $"ngày lễ '{holiday.Name}' ({holiday.Day}/{holiday.Month}) trùng với ngày lễ ở dòng {earlier.Line} trong cùng thời gian hiệu lực.");
        }
    }

    private static IEnumerable<ConfigError> ValidateAnnouncedYears(CalendarSettings calendar, bool checkAgainstHolidays)
    {
        var lineOfYear = new Dictionary<int, int>();
        foreach (var year in calendar.AnnouncedYears)
        {
            if (year.Year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
            {
                yield return new ConfigError(File, year.Line, $"năm {year.Year} nằm ngoài khoảng {VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear}.");
                continue;
            }
            if (!lineOfYear.TryAdd(year.Year, year.Line))
            {
                yield return new ConfigError(File, year.Line, $"năm {year.Year} đã được khai báo ở dòng {lineOfYear[year.Year]}.");
                continue;
            }

            var daysOff = new Dictionary<DateOnly, int>();
            foreach (var error in ValidateGroups(year, year.DaysOff, "ngày nghỉ", daysOff))
                yield return error;
            var makeUpDays = new Dictionary<DateOnly, int>();
            foreach (var error in ValidateGroups(year, year.MakeUpDays, "ngày làm bù", makeUpDays))
                yield return error;

            foreach (var group in year.MakeUpDays)
            {
                foreach (var day in group.Dates.Distinct())
                {
                    if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                        yield return new ConfigError(File, group.Line, $"ngày làm bù {day:dd/MM/yyyy} là {DayName(day)}, không phải Thứ Bảy hay Chủ nhật.");
                    if (daysOff.TryGetValue(day, out var offLine))
                        yield return new ConfigError(File, group.Line, $"ngày {day:dd/MM/yyyy} vừa là ngày làm bù vừa là ngày nghỉ (dòng {offLine}).");
                }
            }

            if (checkAgainstHolidays)
            {
                foreach (var (day, name) in WeekdayHolidays(calendar.Holidays, year.Year).Where(h => !daysOff.ContainsKey(h.Day)))
                    yield return new ConfigError(File, year.Line, $"năm {year.Year}: lịch đã công bố thay cho luật nên phải liệt kê mọi ngày nghỉ; thiếu {DayName(day)} {day:dd/MM/yyyy} ({name}).");
            }
        }
    }

    private static IEnumerable<ConfigError> ValidateGroups(AnnouncedYear year, List<AnnouncedDays> groups, string kind, Dictionary<DateOnly, int> seen)
    {
        foreach (var group in groups)
        {
            if (string.IsNullOrWhiteSpace(group.Reason))
                yield return new ConfigError(File, group.Line, $"năm {year.Year}: nhóm {kind} thiếu 'reason'.");
            if (string.IsNullOrWhiteSpace(group.Source))
                yield return new ConfigError(File, group.Line, $"năm {year.Year}: nhóm {kind} '{group.Reason}' thiếu 'source' (văn bản công bố).");
            if (group.Dates.Count == 0)
                yield return new ConfigError(File, group.Line, $"năm {year.Year}: nhóm {kind} '{group.Reason}' chưa có ngày nào trong 'dates'.");
            foreach (var day in group.Dates)
            {
                if (day.Year != year.Year)
                    yield return new ConfigError(File, group.Line, $"{kind} {day:dd/MM/yyyy} không thuộc năm {year.Year}.");
                else if (!seen.TryAdd(day, group.Line))
                    yield return new ConfigError(File, group.Line, $"{kind} {day:dd/MM/yyyy} được khai báo hai lần (dòng {seen[day]}).");
            }
        }
    }

    /// <summary>The statutory holidays themselves (not the days around them) that fall on a weekday of a year.</summary>
    private static IEnumerable<(DateOnly Day, string Name)> WeekdayHolidays(IEnumerable<HolidayDefinition> holidays, int year)
    {
        foreach (var holiday in holidays)
        {
            // A lunar date early in a solar year can belong to the lunar year before.
            var years = holiday.IsLunar ? new[] { year - 1, year } : [year];
            foreach (var calendarYear in years.Where(y => y >= VietnameseLunarCalendar.MinYear))
            {
                if (WorkingCalendar.Anchor(holiday.IsLunar, holiday.Month, holiday.Day, calendarYear) is { } day
                    && day.Year == year
                    && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                    && (holiday.EffectiveFrom is not { } from || day >= from)
                    && (holiday.EffectiveTo is not { } to || day <= to))
                {
                    yield return (day, holiday.Name);
                }
            }
        }
    }

    private static int LongestMonth(HolidayDefinition holiday) =>
        holiday.IsLunar ? 30 : DateTime.DaysInMonth(2000, holiday.Month);

    private static bool SameDate(HolidayDefinition a, HolidayDefinition b) =>
        a.Calendar == b.Calendar && a.Month == b.Month && a.Day == b.Day;

    private static bool Overlap(HolidayDefinition a, HolidayDefinition b) =>
        (a.EffectiveFrom ?? DateOnly.MinValue) <= (b.EffectiveTo ?? DateOnly.MaxValue)
        && (b.EffectiveFrom ?? DateOnly.MinValue) <= (a.EffectiveTo ?? DateOnly.MaxValue);

    private static string DayName(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };
}
