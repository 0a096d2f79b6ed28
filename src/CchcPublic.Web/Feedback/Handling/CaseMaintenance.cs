using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Jobs;
using CchcPublic.Web.Infrastructure.Mail;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Handling;

public sealed record MaintenanceSummary(int Moved, int Reminded, int Escalated, int Closed, int Anonymised);

/// <summary>
/// What happens to cases with time: cases of retired agencies move to successors, holders are reminded before a
/// deadline and the coordinator told after it, answered cases close when the reopening window ends, and personal
/// data of cases closed longer than the retention period is removed.
/// </summary>
public sealed class CaseMaintenance(
    AppDbContext db, AuditLog audit, TimeProvider clock, CaseDeadlines deadlines, CaseWorkflow workflow, CaseMail mail,
    Reorganisation reorganisation, Anonymisation anonymisation, FeedbackSettings settings)
{
    private const int Batch = 200;

    public async Task<MaintenanceSummary> RunAsync(CancellationToken cancellationToken)
    {
        var moved = await reorganisation.MoveFromRetiredAgenciesAsync(null, cancellationToken);
        var (reminded, escalated) = await SendDeadlineMailsAsync(cancellationToken);
        var closed = await CloseAnsweredAsync(cancellationToken);
        var anonymised = await AnonymiseExpiredAsync(cancellationToken);
        return new MaintenanceSummary(moved, reminded, escalated, closed, anonymised);
    }

    public async Task<(int Reminded, int Escalated)> SendDeadlineMailsAsync(CancellationToken cancellationToken)
    {
        var today = VnTime.Today(clock);
        var horizon = deadlines.Calendar.AddWorkingDays(today, settings.Deadlines.NearDueWorkingDays);
        // Open cases whose running deadline is within reach; paused ones wait for the sender.
        var candidates = await db.FeedbackCases
            .Where(c => FeedbackStatuses.Running.Contains(c.Status)
                && ((c.Status == FeedbackStatus.Received && c.ForwardDueDate <= horizon) || (c.Status != FeedbackStatus.Received && c.DueDate <= horizon)))
            .OrderBy(c => c.Id).Take(Batch * 5).ToListAsync(cancellationToken);
        int reminded = 0, escalated = 0;
        foreach (var feedback in candidates)
        {
            var flag = deadlines.Flag(feedback, today);
            var due = CaseDeadlines.Running(feedback)!.Value;
            if (flag == DeadlineFlag.NearDue && feedback.RemindedOn != today)
            {
                feedback.RemindedOn = today;
                await workflow.AppendAsync(CaseActor.System, feedback, FeedbackEventType.Reminded, feedback.Status, null,
                    $"Nhắc hạn xử lý ngày {due:dd/MM/yyyy}.", cancellationToken, isPublic: false);
                await mail.ToAgencyAsync(feedback.HoldingAgencyId!.Value, feedback, "Hồ sơ sắp đến hạn xử lý",
                    $"Hồ sơ đến hạn xử lý ngày {due:dd/MM/yyyy}.", "feedback.reminder", cancellationToken);
                audit.Record("feedback.reminded", nameof(FeedbackCase), feedback.Code, $"Nhắc hạn {feedback.Code} (hạn {due:dd/MM/yyyy})");
                reminded += await SaveOneAsync(cancellationToken);
            }
            else if (flag == DeadlineFlag.Overdue && (feedback.EscalatedOn is not { } last
                || deadlines.Calendar.WorkingDaysBetween(last, today) >= settings.Deadlines.EscalateEveryWorkingDays))
            {
                feedback.EscalatedOn = today;
                var late = deadlines.Calendar.WorkingDaysBetween(due, today);
                await workflow.AppendAsync(CaseActor.System, feedback, FeedbackEventType.Escalated, feedback.Status, null,
                    $"Quá hạn {late} ngày làm việc (hạn {due:dd/MM/yyyy}); đã báo Văn phòng UBND tỉnh.", cancellationToken, isPublic: false);
                var holder = await workflow.AgencyNameAsync(feedback.HoldingAgencyId, cancellationToken);
                await mail.ToCoordinatorsAsync(feedback, "Hồ sơ quá hạn xử lý",
                    $"Hồ sơ do {holder} giữ đã quá hạn {late} ngày làm việc (hạn {due:dd/MM/yyyy}).", "feedback.escalation", cancellationToken);
                await mail.ToAgencyAsync(feedback.HoldingAgencyId!.Value, feedback, "Hồ sơ quá hạn xử lý",
                    $"Hồ sơ đã quá hạn {late} ngày làm việc (hạn {due:dd/MM/yyyy}) và đã được báo cáo Văn phòng UBND tỉnh.", "feedback.escalation", cancellationToken);
                audit.Record("feedback.escalated", nameof(FeedbackCase), feedback.Code, $"Báo cáo quá hạn {feedback.Code} (hạn {due:dd/MM/yyyy})");
                escalated += await SaveOneAsync(cancellationToken);
            }
        }
        return (reminded, escalated);
    }

    public async Task<int> CloseAnsweredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-settings.ReopenWithinDays);
        var cases = await db.FeedbackCases.Where(c => c.Status == FeedbackStatus.Answered && c.AnsweredUtc < cutoff)
            .OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var feedback in cases)
        {
            feedback.ClosedUtc = clock.GetUtcNow().UtcDateTime;
            await workflow.AppendAsync(CaseActor.System, feedback, FeedbackEventType.Closed, FeedbackStatus.Closed,
                "Hồ sơ kết thúc (hết thời hạn đề nghị xem xét lại).", null, cancellationToken);
            audit.Record("feedback.closed", nameof(FeedbackCase), feedback.Code, $"Đóng {feedback.Code} khi hết thời hạn mở lại");
        }
        if (cases.Count > 0)
            await db.SaveChangesAsync(cancellationToken);
        return cases.Count;
    }

    public async Task<int> AnonymiseExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddYears(-settings.RetentionYears);
        var cases = await db.FeedbackCases.Include(c => c.Sender)
            .Where(c => c.AnonymisedUtc == null && c.ClosedUtc != null && c.ClosedUtc < cutoff
                && (c.Status == FeedbackStatus.Closed || c.Status == FeedbackStatus.NotAccepted || c.Status == FeedbackStatus.Duplicate))
            .OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
        return cases.Count == 0 ? 0
            : await anonymisation.ApplyAsync(cases, $"Hết thời hạn lưu trữ {settings.RetentionYears} năm (Nghị định 13/2023/NĐ-CP).", CaseActor.System, cancellationToken);
    }

    // One case per commit: a node that lost its lease mid-run, or a colleague's change, costs one mail, not a batch.
    private async Task<int> SaveOneAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}

/// <summary>Runs <see cref="CaseMaintenance"/> on one node at a time, claimed with a database lease.</summary>
internal sealed class CaseMaintenanceService(IServiceScopeFactory scopes, FeedbackOptions options, ILogger<CaseMaintenanceService> log) : BackgroundService
{
    public const string Job = "feedback-maintenance";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.MaintenanceSeconds));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryClaimAsync(Job, JobLeases.NodeName, interval * 2, stoppingToken))
                    continue;
                var summary = await scope.ServiceProvider.GetRequiredService<CaseMaintenance>().RunAsync(stoppingToken);
                if (summary.Reminded + summary.Escalated > 0)
                    scope.ServiceProvider.GetRequiredService<OutboxMailSender>().Nudge();
                if (summary != new MaintenanceSummary(0, 0, 0, 0, 0))
                    log.LogInformation("Feedback maintenance: {Summary}", summary);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Feedback maintenance failed; retrying on the next tick");
            }
        }
    }
}
