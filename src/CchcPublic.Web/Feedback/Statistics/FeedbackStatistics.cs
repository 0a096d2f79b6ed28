using System.Security.Claims;
using CchcPublic.Web.Feedback.Deadlines;
using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Statistics;

/// <summary>One period's statistics for the person asking, with the cases behind them and whose cases they are.</summary>
public sealed record StatisticsResult(FeedbackReport Report, IReadOnlyList<CaseFacts> Cases, string Scope, string? Error, CaseActor Actor);

public sealed class FeedbackStatistics(AppDbContext db, WorkingCalendar calendar, FeedbackSettings settings, TimeProvider clock)
{
    public async Task<StatisticsResult> RunAsync(ClaimsPrincipal user, string? from, string? to, CancellationToken cancellationToken)
    {
        var today = VnTime.Today(clock);
        var (period, error) = ReportPeriod.Parse(Nfc.NormalizeOrNull(from), Nfc.NormalizeOrNull(to), today);
        var actor = await CaseActor.FromAsync(user, db, cancellationToken);
        var cases = await CaseFacts.LoadAsync(db, actor, period, cancellationToken);
        var scope = actor.IsCoordinator || actor.IsAdministrator
            ? "toàn tỉnh"
            : await db.Agencies.AsNoTracking().Where(a => a.Id == actor.AgencyId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
        return new StatisticsResult(FeedbackReport.Compute(cases, period, today, calendar, settings), cases, scope, error, actor);
    }
}
