using System.Globalization;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Feedback.Deadlines;
using CchcPublic.Web.SiteConfig;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2024, "2024-02-10", DayOfWeek.Saturday, "2024-04-18", DayOfWeek.Thursday)]
    [InlineData(2025, "2025-01-29", DayOfWeek.Wednesday, "2025-04-07", DayOfWeek.Monday)]
    [InlineData(2026, "2026-02-17", DayOfWeek.Tuesday, "2026-04-26", DayOfWeek.Sunday)]
    [InlineData(2027, "2027-02-06", DayOfWeek.Saturday, "2027-04-16", DayOfWeek.Friday)]
    [InlineData(2028, "2028-01-26", DayOfWeek.Wednesday, "2028-04-04", DayOfWeek.Tuesday)]
    [InlineData(2029, "2029-02-13", DayOfWeek.Tuesday, "2029-04-23", DayOfWeek.Monday)]
    [InlineData(2030, "2030-02-02", DayOfWeek.Saturday, "2030-04-12", DayOfWeek.Friday)]
    public void Tet_and_Gio_To_fall_on_the_Vietnamese_dates(int year, string tet, DayOfWeek tetDay, string gioTo, DayOfWeek gioToDay)
    {
        var newYear = VietnameseLunarCalendar.LunarNewYear(year);
        var hungKings = VietnameseLunarCalendar.ToSolar(year, 3, 10);

        Assert.Equal(DateOnly.Parse(tet, CultureInfo.InvariantCulture), newYear);
        Assert.Equal(tetDay, newYear.DayOfWeek);
        Assert.Equal(DateOnly.Parse(gioTo, CultureInfo.InvariantCulture), hungKings);
        Assert.Equal(gioToDay, hungKings.DayOfWeek);
        Assert.Equal((year, 1, 1, false), VietnameseLunarCalendar.ToLunar(newYear));
    }

    [Theory]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    public void Tet_is_reckoned_at_UTC7_where_it_differs_from_the_Chinese_new_year(int year, string vietnam, string china)
    {
        var chineseNewYear = DateOnly.FromDateTime(new ChineseLunisolarCalendar().ToDateTime(year, 1, 1, 0, 0, 0, 0));

        Assert.Equal(DateOnly.Parse(vietnam, CultureInfo.InvariantCulture), VietnameseLunarCalendar.LunarNewYear(year));
        Assert.Equal(DateOnly.Parse(china, CultureInfo.InvariantCulture), chineseNewYear);
    }

    [Fact]
    public void A_leap_month_repeats_the_month_before_it_and_converts_both_ways()
    {
        // Ất Tỵ 2025 has a tháng 6 nhuận: 1/6 âm lịch is 25/6/2025 and 1/6 nhuận is 25/7/2025.
        Assert.Equal(6, VietnameseLunarCalendar.LeapMonth(2025));
        Assert.Equal(0, VietnameseLunarCalendar.LeapMonth(2026));
        Assert.Equal(new DateOnly(2025, 6, 25), VietnameseLunarCalendar.ToSolar(2025, 6, 1));
        Assert.Equal(new DateOnly(2025, 7, 25), VietnameseLunarCalendar.ToSolar(2025, 6, 1, leapMonth: true));
        Assert.Equal((2025, 6, 15, true), VietnameseLunarCalendar.ToLunar(new DateOnly(2025, 8, 8)));
        Assert.Equal(new DateOnly(2025, 8, 23), VietnameseLunarCalendar.ToSolar(2025, 7, 1));

        for (var day = new DateOnly(2025, 1, 1); day.Year == 2025; day = day.AddDays(1))
        {
            var (year, month, date, leap) = VietnameseLunarCalendar.ToLunar(day);
            Assert.Equal(day, VietnameseLunarCalendar.ToSolar(year, month, date, leap));
        }
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(2026, 6, 1, leapMonth: true));
    }

    [Fact]
    public void Every_day_from_1900_to_2199_converts_to_a_lunar_date_and_back()
    {
        var previous = VietnameseLunarCalendar.ToLunar(new DateOnly(1900, 1, 1));
        for (var day = new DateOnly(1900, 1, 2); day.Year <= 2199; day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(day);
            Assert.Equal(day, VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.Leap));
            if (lunar.Day == 1)
            {
                Assert.InRange(previous.Day, 29, 30);
            }
            else
            {
                Assert.Equal(previous.Day + 1, lunar.Day);
            }
            previous = lunar;
        }
    }

    [Fact]
    public void The_eve_of_Tet_from_2025_to_2032_is_the_29th_of_the_twelfth_month()
    {
        for (var year = 2025; year <= 2032; year++)
        {
            var lastDay = VietnameseLunarCalendar.LunarNewYear(year).AddDays(-1);

            Assert.Equal((year - 1, 12, 29, false), VietnameseLunarCalendar.ToLunar(lastDay));
            Assert.Equal(29, VietnameseLunarCalendar.DaysInMonth(year - 1, 12));
        }
        Assert.Equal(30, VietnameseLunarCalendar.DaysInMonth(2032, 12));
    }

    /// <summary>
    /// The same astronomy at UTC+8 must give China's calendar, which .NET holds as tables. Left out: before 1929
    /// China reckoned at Beijing local time, and the month of 28/9/2057, whose new moon falls seconds before
    /// midnight in Beijing (almanacs disagree on it).
    /// </summary>
    [Fact]
    public void At_UTC8_the_same_astronomy_gives_the_Chinese_calendar_from_1929_to_2100()
    {
        var china = new ChineseLunisolarCalendar();
        var atUtc8 = new Lunisolar(utcOffsetHours: 8);
        var disputed = (From: new DateOnly(2057, 9, 28), To: new DateOnly(2057, 10, 27));
        for (var day = new DateOnly(1929, 1, 1); day < new DateOnly(2100, 12, 1); day = day.AddDays(1))
        {
            if (day >= disputed.From && day <= disputed.To)
            {
                continue;
            }
            var at = day.ToDateTime(TimeOnly.MinValue);
            var year = china.GetYear(at);
            var month = china.GetMonth(at);
            var leapMonth = china.GetLeapMonth(year);
            var expected = (year, leapMonth > 0 && month >= leapMonth ? month - 1 : month, china.GetDayOfMonth(at), month == leapMonth);

            Assert.Equal(expected, atUtc8.ToLunar(day));
        }
    }
}

public sealed class WorkingCalendarTests
{
    private static readonly CalendarSettings Shipped = ConfigLoader.Load(Repository.ConfigFolder).Calendar;
    private static readonly WorkingCalendar Calendar = new(Shipped);

    [Theory]
    [InlineData("2026-02-13", 5, "2026-02-27")] // Friday before Tết: Tết holiday 14–22/2
    [InlineData("2026-03-06", 1, "2026-03-09")] // Friday → Monday
    [InlineData("2026-03-06", 0, "2026-03-06")]
    [InlineData("2024-02-07", 1, "2024-02-15")] // Tết 2024: 8–14/2
    [InlineData("2024-04-26", 1, "2024-05-02")] // 27/4–1/5/2024 off, 29/4 swapped
    [InlineData("2024-04-26", 3, "2024-05-04")] // …and Saturday 4/5 is worked instead
    [InlineData("2025-01-24", 1, "2025-02-03")] // Tết 2025: 25/1–2/2
    [InlineData("2025-04-25", 1, "2025-04-26")] // Saturday 26/4/2025 is worked
    [InlineData("2025-04-29", 1, "2025-05-05")] // 30/4, 1/5, 2/5 (swapped) off
    [InlineData("2026-01-09", 1, "2026-01-10")] // Saturday 10/1/2026 is worked
    [InlineData("2026-04-24", 1, "2026-04-28")] // Giỗ Tổ on Sunday 26/4 → nghỉ bù Monday 27/4
    [InlineData("2026-04-29", 1, "2026-05-04")] // 30/4 and 1/5/2026
    [InlineData("2026-08-21", 1, "2026-08-22")] // Saturday 22/8/2026 is worked
    [InlineData("2026-08-28", 1, "2026-09-03")] // 31/8 (swapped), 1/9, 2/9 off
    [InlineData("2027-02-04", 1, "2027-02-12")] // computed: Tết 5–9/2/2027, nghỉ bù 10–11/2 for the weekend
    [InlineData("2027-04-29", 1, "2027-05-04")] // computed: 30/4, Saturday 1/5 → nghỉ bù Monday 3/5
    [InlineData("2027-04-15", 1, "2027-04-19")] // computed: Giỗ Tổ Friday 16/4
    [InlineData("2028-01-24", 1, "2028-02-01")] // computed: Tết 25–29/1/2028, nghỉ bù Monday 31/1 for Saturday 29/1
    [InlineData("2028-04-28", 1, "2028-05-03")] // computed: 30/4 is a Sunday → nghỉ bù Tuesday 2/5 after 1/5
    public void Due_dates_count_working_days_after_the_day_received(string received, int days, string due)
    {
        var start = DateOnly.Parse(received, CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(due, CultureInfo.InvariantCulture);

        Assert.Equal(end, Calendar.AddWorkingDays(start, days));
        Assert.Equal(days, Calendar.WorkingDaysBetween(start, end));
    }

    [Theory]
    [InlineData("2026-02-14", "Thứ Bảy")]
    [InlineData("2026-02-15", "Chủ nhật")]
    [InlineData("2026-02-16", "Tết Nguyên đán")]
    [InlineData("2026-01-02", "Nghỉ hoán đổi")]
    [InlineData("2026-04-26", "Chủ nhật")]
    [InlineData("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương")]
    [InlineData("2027-01-01", "Tết Dương lịch")]
    [InlineData("2027-02-05", "Tết Nguyên đán")] // 29 tháng Chạp, the last day of the lunar year
    [InlineData("2027-02-06", "Tết Nguyên đán")] // mùng 1 on a Saturday
    [InlineData("2027-02-10", "Nghỉ bù Tết Nguyên đán")]
    [InlineData("2027-04-16", "Giỗ Tổ Hùng Vương")]
    [InlineData("2027-05-01", "Ngày Quốc tế Lao động")]
    [InlineData("2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động")]
    [InlineData("2027-09-03", "Quốc khánh")]
    [InlineData("2028-05-02", "Nghỉ bù Ngày Chiến thắng")]
    public void Days_off_say_why(string date, string reason)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        Assert.False(Calendar.IsWorkingDay(day));
        Assert.StartsWith(reason, Calendar.DayOffReason(day));
    }

    [Theory]
    [InlineData("2024-05-04")]
    [InlineData("2025-04-26")]
    [InlineData("2026-01-10")]
    [InlineData("2026-08-22")]
    [InlineData("2026-02-23")]
    public void Make_up_Saturdays_and_ordinary_weekdays_are_working_days(string date)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        Assert.True(Calendar.IsWorkingDay(day));
        Assert.Null(Calendar.DayOffReason(day));
    }

    [Fact]
    public void An_announced_year_has_exactly_its_announced_days_off()
    {
        // 2026: 261 weekdays, 13 of them off (1–2/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1–2/9), 2 Saturdays worked.
        Assert.Equal(250, Calendar.WorkingDaysBetween(new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31)));
        // The statute alone would give 3/9/2026 off; the announcement chose 1/9.
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 9, 3)));
    }

    [Fact]
    public void A_computed_year_gives_each_of_the_eleven_holidays_as_a_weekday_off()
    {
        for (var year = 2027; year <= 2040; year++)
        {
            var lastDay = new DateOnly(year, 12, 31);
            var weekdays = Enumerable.Range(0, lastDay.DayOfYear).Select(i => new DateOnly(year, 1, 1).AddDays(i))
                .Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

            Assert.Equal(weekdays - 11, Calendar.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), lastDay));
        }
    }

    [Fact]
    public void Working_days_between_undo_adding_them_and_are_zero_backwards()
    {
        for (var start = new DateOnly(2024, 1, 1); start.Year < 2029; start = start.AddDays(3))
        {
            foreach (var days in new[] { 1, 5, 10, 15, 30, 45 })
            {
                var due = Calendar.AddWorkingDays(start, days);
                Assert.True(Calendar.IsWorkingDay(due));
                Assert.Equal(days, Calendar.WorkingDaysBetween(start, due));
            }
        }
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 6)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 3, 6), -1));
    }

    [Fact]
    public void Many_requests_at_once_see_the_same_calendar()
    {
        var calendar = new WorkingCalendar(Shipped);
        var dues = Enumerable.Range(0, 64).AsParallel()
            .Select(i => calendar.AddWorkingDays(new DateOnly(2030 + i % 8, 1, 20), 20))
            .ToList();

        Assert.All(dues.Select((due, i) => (due, i)), x => Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2030 + x.i % 8, 1, 20), 20), x.due));
    }

    [Fact]
    public void A_holiday_added_in_the_file_applies_from_its_effective_date_only()
    {
        var folder = Repository.CopyOfConfig();
        var path = Path.Combine(folder, ConfigLoader.CalendarFile);
        var lines = File.ReadAllLines(path).ToList();
        var first = lines.FindIndex(l => l.Contains("# - name: \"Ngày Văn hóa Việt Nam\"", StringComparison.Ordinal));
        for (var i = first; i < first + 6; i++)
        {
            lines[i] = lines[i].Replace("    # ", "    ", StringComparison.Ordinal);
        }
        File.WriteAllLines(path, lines);

        var calendar = new WorkingCalendar(ConfigLoader.Load(folder).Calendar);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 11, 24)));
        Assert.Equal("Ngày Văn hóa Việt Nam", calendar.DayOffReason(new DateOnly(2027, 11, 24)));
        Assert.Equal("Nghỉ bù Ngày Văn hóa Việt Nam", calendar.DayOffReason(new DateOnly(2029, 11, 26)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2027, 11, 24)));
    }

    [Fact]
    public void A_holiday_starting_mid_year_is_not_given_before_it_starts()
    {
        var settings = new CalendarSettings { Holidays = [.. Shipped.Holidays] };
        settings.Holidays.Add(new HolidayDefinition { Name = "Ngày Văn hóa Việt Nam", Month = 11, Day = 24, EffectiveFrom = new DateOnly(2028, 1, 1) });
        var calendar = new WorkingCalendar(settings);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 11, 24)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2028, 11, 24)));
        // Without the announced schedules, 2026 falls back to the statute: 3/9 instead of 31/8 and 1/9.
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 9, 3)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 8, 31)));
    }

    [Theory]
    [InlineData("dates: [2025-04-26]", "dates: [2025-04-28]", "ngày làm bù 28/04/2025 là Thứ Hai, không phải Thứ Bảy hay Chủ nhật")]
    [InlineData("dates: [2026-01-10]", "dates: [2026-01-02]", "vừa là ngày làm bù vừa là ngày nghỉ")]
    [InlineData("- year: 2025", "- year: 2024", "năm 2024 đã được khai báo ở dòng")]
    [InlineData("dates: [2024-09-02, 2024-09-03]", "dates: [2024-09-02, 2025-09-03]", "ngày nghỉ 03/09/2025 không thuộc năm 2024")]
    [InlineData("dates: [2025-04-07]", "dates: [2025-04-07, 2025-04-07]", "ngày nghỉ 07/04/2025 được khai báo hai lần")]
    [InlineData("month: 4", "month: 13", "ngày lễ 'Ngày Chiến thắng': tháng 13 không hợp lệ")]
    [InlineData("day: 10", "day: 31", "tháng 3 âm lịch không có ngày 31")]
    [InlineData("daysAfter: 3", "daysAfter: -1", "'daysBefore' và 'daysAfter' phải từ 0 đến 10")]
    [InlineData("calendar: solar", "calendar: duong-lich", "'calendar' phải là 'solar' (dương lịch) hoặc 'lunar' (âm lịch)")]
    public void A_broken_calendar_file_is_refused_with_the_line_of_the_entry(string line, string replacement, string message)
    {
        var (errors, entryLine) = LoadWithLineChanged(line, replacement);

        Assert.Contains(errors, e => e.File == "calendar.yaml" && e.Line == entryLine && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_announced_year_must_list_every_holiday_on_a_weekday()
    {
        var (errors, _) = LoadWithLineChanged("dates: [2025-04-30]", "dates: [2025-04-27]");

        var error = Assert.Single(errors);
        Assert.Equal(LineOf("- year: 2025"), error.Line);
        Assert.Contains("thiếu Thứ Tư 30/04/2025 (Ngày Chiến thắng)", error.Message);
    }

    [Fact]
    public void An_impossible_date_is_reported_on_its_line()
    {
        var (errors, _) = LoadWithLineChanged("dates: [2025-04-07]", "dates: [2025-02-30]");

        var error = Assert.Single(errors);
        Assert.Equal(LineOf("dates: [2025-04-07]"), error.Line);
        Assert.Equal("ngày '2025-02-30' không hợp lệ; viết theo dạng năm-tháng-ngày, ví dụ 2025-04-30.", error.Message);
    }

    /// <summary>Changes one line of a copy of calendar.yaml; returns the errors and the line of the entry changed.</summary>
    private static (IReadOnlyList<ConfigError> Errors, int EntryLine) LoadWithLineChanged(string line, string replacement)
    {
        var folder = Repository.CopyOfConfig();
        var path = Path.Combine(folder, ConfigLoader.CalendarFile);
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l.Trim() == line);
        Assert.True(index >= 0, $"'{line}' is not in calendar.yaml");
        lines[index] = lines[index].Replace(line, replacement, StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        var entry = lines.FindLastIndex(index, l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(folder));
        return (error.Errors, entry + 1);
    }

    private static int LineOf(string line) =>
        File.ReadAllLines(Path.Combine(Repository.ConfigFolder, ConfigLoader.CalendarFile)).ToList().FindIndex(l => l.Trim() == line) + 1;
}
