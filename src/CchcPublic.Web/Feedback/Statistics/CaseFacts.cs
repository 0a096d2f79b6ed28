using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Statistics;

/// <summary>
/// What statistics need of one case, in local dates. Nothing the sender wrote or is: no title, no content, no identity,
/// so the figures and their exports can go to anyone who may see the statistics.
/// </summary>
public sealed record CaseFacts(
    string Code, DateOnly Received, FeedbackChannel Channel, string Category, string? Commune, string Holder,
    FeedbackStatus Status, FeedbackClass? Class, DateOnly? Forwarded, DateOnly? ForwardDue, DateOnly? Due, DateOnly? Answered,
    int? Rating, bool Extended)
{
    /// <summary>The deadline running now, as the inbox shows it.</summary>
    public DateOnly? RunningDue => Status switch
    {
        FeedbackStatus.Received => ForwardDue,
        _ when FeedbackStatuses.IsOpen(Status) => Due ?? ForwardDue,
        _ => null,
    };

    /// <summary>
    /// Loads the facts of the cases received in the period that <paramref name="actor"/> may count: the coordinating
    /// office and administrators count every case, agency staff only those their agency holds now.
    /// </summary>
    public static async Task<IReadOnlyList<CaseFacts>> LoadAsync(AppDbContext db, CaseActor actor, ReportPeriod period, CancellationToken cancellationToken)
    {
        var from = VnTime.StartOfDayUtc(period.From);
        var to = VnTime.StartOfDayUtc(period.To.AddDays(1));
        var cases = db.FeedbackCases.AsNoTracking();
        if (!actor.IsCoordinator && !actor.IsAdministrator)
            cases = actor.Visible(cases);
        var rows = await cases.Where(c => c.ReceivedUtc >= from && c.ReceivedUtc < to)
            .OrderBy(c => c.ReceivedUtc).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Code, c.ReceivedUtc, c.Channel, c.Category, c.Commune, Holder = c.HoldingAgency!.Name, c.Status, c.Classification,
                c.ForwardedUtc, c.ForwardDueDate, c.DueDate, c.AnsweredUtc, c.Rating, Extended = c.ExtendedUtc != null,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CaseFacts(r.Code, VnTime.ToLocalDate(r.ReceivedUtc), r.Channel, r.Category, r.Commune, r.Holder ?? "",
            r.Status, r.Classification, Local(r.ForwardedUtc), r.ForwardDueDate, r.DueDate, Local(r.AnsweredUtc), r.Rating, r.Extended)).ToList();
    }

    private static DateOnly? Local(DateTime? utc) => utc is { } value ? VnTime.ToLocalDate(value) : null;
}
