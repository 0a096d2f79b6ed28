using System.Globalization;

namespace CchcPublic.Web.Feedback.Statistics;

/// <summary>The days whose received cases a report counts, both ends included, in Việt Nam's calendar.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Ten years is more than any report needs and keeps one request's work bounded.</summary>
    public const int MaxDays = 3660;

    public static ReportPeriod FirstHalf(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30));

    public static ReportPeriod SecondHalf(int year) => new(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));

    public static ReportPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The half-year report (Nghị định 20/2008, Điều 22) that today falls in.</summary>
    public static ReportPeriod HalfOf(DateOnly day) => day.Month <= 6 ? FirstHalf(day.Year) : SecondHalf(day.Year);

    /// <summary>Reads the two dates of a filter form; a missing end defaults to the current half-year's.</summary>
    public static (ReportPeriod Period, string? Error) Parse(string? from, string? to, DateOnly today)
    {
        var fallback = HalfOf(today);
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
            return (fallback, null);
        if (!TryDate(from, out var start) || !TryDate(to, out var end))
            return (fallback, "Ngày không hợp lệ. Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 01/01/2026.");
        if (start > end)
            return (fallback, "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.");
        if (end.DayNumber - start.DayNumber > MaxDays)
            return (fallback, "Kỳ thống kê dài tối đa 10 năm.");
        return (new ReportPeriod(start, end), null);
    }

    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and <= 2100;

    public string Label =>
        this == FirstHalf(From.Year) ? $"6 tháng đầu năm {From.Year}"
        : this == SecondHalf(From.Year) ? $"6 tháng cuối năm {From.Year}"
        : this == Year(From.Year) ? $"năm {From.Year}"
        : $"từ ngày {From:dd/MM/yyyy} đến ngày {To:dd/MM/yyyy}";

    public string Query => $"tu-ngay={From:yyyy-MM-dd}&den-ngay={To:yyyy-MM-dd}";

    public IEnumerable<(int Year, int Month)> Months()
    {
        for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
            yield return (month.Year, month.Month);
    }
}
