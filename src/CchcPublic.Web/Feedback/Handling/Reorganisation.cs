using CchcPublic.Web.Agencies;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Handling;

/// <summary>
/// When an agency stops existing (a merger, the end of the district level), each open case it held moves to the
/// successor whose subjects fit the case, else to the chosen default, else to the first successor; the move is
/// written in the case history and the new holder is told. Old events keep the name the agency had.
/// </summary>
public sealed class Reorganisation(AppDbContext db, AuditLog audit, TimeProvider clock, CaseWorkflow workflow, CaseMail mail)
{
    /// <summary>Moves every open case held by an agency no longer in force today. Returns how many moved.</summary>
    public async Task<int> MoveFromRetiredAgenciesAsync(int? defaultSuccessorId = null, CancellationToken cancellationToken = default)
    {
        var today = VnTime.Today(clock);
        var retired = await db.Agencies.AsNoTracking().Where(a => a.ValidTo != null && a.ValidTo < today).Select(a => a.Id).ToListAsync(cancellationToken);
        if (retired.Count == 0)
            return 0;
        var cases = await db.FeedbackCases.Where(c => c.HoldingAgencyId != null && retired.Contains(c.HoldingAgencyId.Value)
                && FeedbackStatuses.Open.Contains(c.Status)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (cases.Count == 0)
            return 0;
        var agencies = await db.Agencies.AsNoTracking().Include(a => a.Successors).ToDictionaryAsync(a => a.Id, cancellationToken);
        var triage = await workflow.TriageAgencyIdAsync(cancellationToken);
        foreach (var feedback in cases)
        {
            var from = agencies[feedback.HoldingAgencyId!.Value];
            var (to, why) = ChooseSuccessor(feedback, from, agencies, defaultSuccessorId, today) ?? (agencies[triage], "không có cơ quan kế thừa phù hợp");
            feedback.HoldingAgencyId = to.Id;
            feedback.AssignedUserId = null;
            feedback.AssignedName = null;
            if (feedback.Status == FeedbackStatus.InReview && feedback.ReviewStage == ReviewStage.Agency)
            {
                feedback.ReviewStage = null;
                feedback.Status = FeedbackStatus.InProgress;
            }
            var entry = await workflow.AppendAsync(CaseActor.System, feedback, FeedbackEventType.Moved, feedback.Status,
                $"{from.Name} không còn hoạt động từ {from.ValidTo!.Value.AddDays(1):dd/MM/yyyy}; hồ sơ chuyển đến {to.Name} ({why}).", null, cancellationToken);
            // The event names the agency the case left, as it was called then.
            entry.AgencyId = from.Id;
            entry.AgencyName = from.Name;
            await mail.ToAgencyAsync(to.Id, feedback, "Hồ sơ chuyển đến do sắp xếp tổ chức bộ máy",
                $"{from.Name} không còn hoạt động; hồ sơ chuyển đến {to.Name} ({why}).", "feedback.moved", cancellationToken);
            audit.Record("feedback.moved", nameof(FeedbackCase), feedback.Code, $"Chuyển {feedback.Code} từ {from.ShortName} sang {to.ShortName} do sắp xếp bộ máy",
                new { from = from.Code, to = to.Code, why });
        }
        await db.SaveChangesAsync(cancellationToken);
        return cases.Count;
    }

    /// <summary>The successor that fits the case's subject, following chains of mergers to one in force today.</summary>
    public static (Agency Agency, string Why)? ChooseSuccessor(FeedbackCase feedback, Agency from, IReadOnlyDictionary<int, Agency> agencies,
        int? defaultSuccessorId, DateOnly today, int depth = 0)
    {
        if (from.Successors.Count == 0 || depth > 10)
            return null;
        var words = $" {TextFolding.Words($"{feedback.ProcedureName} {feedback.Title} {feedback.Content}")} ";
        var scored = from.Successors
            .Select(s => (Succession: s, Hits: s.Keywords.Where(k => words.Contains($" {TextFolding.Words(k)} ", StringComparison.Ordinal)).ToList()))
            .ToList();
        var best = scored.Where(s => s.Hits.Count > 0).OrderByDescending(s => s.Hits.Count).FirstOrDefault();
        AgencySuccession chosen;
        string why;
        if (best.Succession is not null)
        {
            chosen = best.Succession;
            why = $"phù hợp lĩnh vực: {string.Join(", ", best.Hits)}";
        }
        else if (defaultSuccessorId is { } fallback && from.Successors.FirstOrDefault(s => s.SuccessorId == fallback) is { } chosenDefault)
        {
            chosen = chosenDefault;
            why = "cơ quan kế thừa được chọn mặc định";
        }
        else
        {
            chosen = from.Successors.OrderBy(s => s.SuccessorId).First();
            why = "cơ quan kế thừa chính";
        }
        var successor = agencies[chosen.SuccessorId];
        if (successor.IsCurrentOn(today))
            return (successor, why);
        return ChooseSuccessor(feedback, successor, agencies, null, today, depth + 1) is { } next ? (next.Agency, $"{why}; tiếp đó {next.Why}") : null;
    }
}
