using CchcPublic.Web.Feedback.Deadlines;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback.Statistics;

public sealed record Tally(string Label, int Count);

/// <summary>One table of counts as a page shows it.</summary>
public sealed record TallyTable(string Id, string Caption, string Header, IReadOnlyList<Tally> Rows);

public sealed record MonthRow(int Year, int Month, int Received, int Answered, int AnsweredOnTime)
{
    public string Label => $"{Month:00}/{Year}";
}

public sealed record AgencyRow(string Agency, int Held, int Answered, int AnsweredOnTime, int Open, int OpenOverdue);

/// <summary>
/// The figures of one period, over the cases received in it. An answer is on time when it was approved on or before
/// the deadline running at the time (after pauses and the one extension); times are counted in working days from the
/// day of receipt. Ratings of 4 or 5 out of 5 count as satisfied.
/// </summary>
public sealed record FeedbackReport(
    ReportPeriod Period, DateOnly Today, int Total,
    IReadOnlyList<Tally> ByStatus, IReadOnlyList<Tally> ByClass, IReadOnlyList<Tally> ByCategory, IReadOnlyList<Tally> ByChannel,
    IReadOnlyList<Tally> ByPlace, IReadOnlyList<AgencyRow> ByAgency, IReadOnlyList<MonthRow> Months,
    int Answered, int AnsweredOnTime, int Open, int OpenOverdue, int NotAccepted, int Duplicates, int Extended,
    int Forwarded, double? MedianDaysToForward, double? MedianDaysToAnswer,
    int Rated, double? AverageRating, int Satisfied)
{
    public const int SatisfiedFrom = 4;

    public double? OnTimeRate => Answered == 0 ? null : (double)AnsweredOnTime / Answered;
    public double? SatisfiedRate => Rated == 0 ? null : (double)Satisfied / Rated;
    public int AnsweredLate => Answered - AnsweredOnTime;

    public static FeedbackReport Compute(IReadOnlyList<CaseFacts> cases, ReportPeriod period, DateOnly today, WorkingCalendar calendar, FeedbackSettings settings)
    {
        static bool OnTime(CaseFacts c) => c.Answered is { } answered && (c.Due is not { } due || answered <= due);
        bool Overdue(CaseFacts c) => c.Status != FeedbackStatus.AwaitingInformation && c.RunningDue is { } due && today > due;

        var answered = cases.Where(c => c.Answered is not null).ToList();
        var open = cases.Where(c => FeedbackStatuses.IsOpen(c.Status)).ToList();
        var forwarded = cases.Where(c => c.Forwarded is not null).ToList();
        var rated = cases.Where(c => c.Rating is not null).ToList();

        return new FeedbackReport(
            period, today, cases.Count,
            ByStatus: Enum.GetValues<FeedbackStatus>().Select(s => new Tally(FeedbackText.Status(s), cases.Count(c => c.Status == s))).Where(t => t.Count > 0).ToList(),
            ByClass: Enum.GetValues<FeedbackClass>().Select(k => new Tally(FeedbackText.Class(k), cases.Count(c => c.Class == k)))
                .Append(new Tally("Chưa phân loại", cases.Count(c => c.Class is null))).ToList(),
            ByCategory: Group(cases, c => settings.Category(c.Category)?.Name ?? c.Category),
            ByChannel: Enum.GetValues<FeedbackChannel>().Select(ch => new Tally(FeedbackText.Channel(ch), cases.Count(c => c.Channel == ch))).Where(t => t.Count > 0).ToList(),
            ByPlace: Group(cases, c => string.IsNullOrWhiteSpace(c.Commune) ? "Không nêu xã, phường" : c.Commune),
            ByAgency: cases.GroupBy(c => c.Holder)
                .Select(g => new AgencyRow(g.Key, g.Count(), g.Count(c => c.Answered is not null), g.Count(OnTime),
                    g.Count(c => FeedbackStatuses.IsOpen(c.Status)), g.Count(c => FeedbackStatuses.IsOpen(c.Status) && Overdue(c))))
                .OrderByDescending(r => r.Held).ThenBy(r => r.Agency, StringComparer.Create(Infrastructure.Text.VnTime.Culture, false)).ToList(),
            Months: period.Months().Select(m => new MonthRow(m.Year, m.Month,
                cases.Count(c => c.Received.Year == m.Year && c.Received.Month == m.Month),
                answered.Count(c => c.Answered!.Value.Year == m.Year && c.Answered.Value.Month == m.Month),
                answered.Count(c => c.Answered!.Value.Year == m.Year && c.Answered.Value.Month == m.Month && OnTime(c)))).ToList(),
            Answered: answered.Count,
            AnsweredOnTime: answered.Count(OnTime),
            Open: open.Count,
            OpenOverdue: open.Count(Overdue),
            NotAccepted: cases.Count(c => c.Status == FeedbackStatus.NotAccepted),
            Duplicates: cases.Count(c => c.Status == FeedbackStatus.Duplicate),
            Extended: cases.Count(c => c.Extended),
            Forwarded: forwarded.Count,
            MedianDaysToForward: Median(forwarded.Select(c => calendar.WorkingDaysBetween(c.Received, c.Forwarded!.Value))),
            MedianDaysToAnswer: Median(answered.Select(c => calendar.WorkingDaysBetween(c.Received, c.Answered!.Value))),
            Rated: rated.Count,
            AverageRating: rated.Count == 0 ? null : rated.Average(c => c.Rating!.Value),
            Satisfied: rated.Count(c => c.Rating >= SatisfiedFrom));
    }

    private static List<Tally> Group(IEnumerable<CaseFacts> cases, Func<CaseFacts, string> key) =>
        cases.GroupBy(key).Select(g => new Tally(g.Key, g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Create(Infrastructure.Text.VnTime.Culture, false)).ToList();

    public static double? Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return null;
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
