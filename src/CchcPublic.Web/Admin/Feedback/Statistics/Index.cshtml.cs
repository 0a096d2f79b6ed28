using System.Text.Json;
using CchcPublic.Web.Feedback.Statistics;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;

namespace CchcPublic.Web.Admin.Feedback.Statistics;

/// <summary>
/// /quan-tri/thong-ke: the coordinating office and administrators see the whole province, agency staff the cases
/// their agency holds now. Every chart has its table; the CSV and XLSX files hold the same figures.
/// </summary>
public sealed class IndexModel(FeedbackStatistics statistics, FeedbackSettings settings, AuditLog audit, AppDbContext db) : StatisticsPage(statistics)
{
    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        ExportAsync("csv", "text/csv; charset=utf-8", (result, _) => Task.FromResult(StatisticsExport.Csv(result.Cases, settings)), cancellationToken);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) =>
        ExportAsync("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            (result, ct) => StatisticsExport.XlsxAsync(result.Report, result.Cases, settings, ct), cancellationToken);

    private async Task<IActionResult> ExportAsync(string extension, string contentType, Func<StatisticsResult, CancellationToken, Task<byte[]>> write,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return Page();
        var period = Result.Report.Period;
        audit.Record("feedback.statistics-exported", "FeedbackStatistics", null,
            $"Xuất thống kê phản ánh, kiến nghị ({extension.ToUpperInvariant()}, {Result.Scope}, {period.Label}): {Result.Cases.Count} hồ sơ",
            new { format = extension, from = period.From, to = period.To, scope = Result.Scope, cases = Result.Cases.Count });
        await db.SaveChangesAsync(cancellationToken);
        return File(await write(Result, cancellationToken), contentType, $"thong-ke-pakn-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.{extension}");
    }

    public string MonthsJson => JsonSerializer.Serialize(new
    {
        labels = Report.Months.Select(m => m.Label),
        series = new object[]
        {
            new { label = "Tiếp nhận", values = Report.Months.Select(m => m.Received) },
            new { label = "Đã trả lời", values = Report.Months.Select(m => m.Answered) },
            new { label = "Trả lời đúng hạn", values = Report.Months.Select(m => m.AnsweredOnTime) },
        },
    });

    public static string BarsJson(IEnumerable<Tally> tallies) =>
        JsonSerializer.Serialize(new { labels = tallies.Select(t => t.Label), values = tallies.Select(t => t.Count), counts = true });

    public string CategoryJson => BarsJson(Report.ByCategory);

    public string AgencyJson => BarsJson(Report.ByAgency.Select(a => new Tally(a.Agency, a.Held)));

    public string ExportLink(string handler) => $"/quan-tri/thong-ke?handler={handler}&{Report.Period.Query}";
}
