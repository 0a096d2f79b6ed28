using CchcPublic.Web.Feedback;
using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.Shared;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Feedback.Cases;

public sealed record CaseRow(long Id, string Code, string Title, string Category, string? Holder, FeedbackStatus Status,
    DateOnly? Due, DeadlineFlag Flag, string? AssignedName, DateTime ReceivedUtc, string? ReviewNote);

/// <summary>
/// The inbox. Agency staff see only the cases their agency holds now; the coordinating office sees all of them.
/// Every filter is applied on top of that limit, in the database query.
/// </summary>
public sealed class IndexModel(AppDbContext db, CaseDeadlines deadlines, FeedbackSettings settings, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "trang-thai")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "han")] public string? Deadline { get; set; }
    [BindProperty(SupportsGet = true, Name = "linh-vuc")] public string? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "co-quan")] public int? Agency { get; set; }
    [BindProperty(SupportsGet = true, Name = "cua-toi")] public string? Mine { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public CaseActor Actor { get; private set; } = null!;
    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];
    public FeedbackSettings Settings => settings;
    public Pager Pager { get; private set; } = null!;
    public string? AgencyName { get; private set; }

    /// <summary>"mo" (open, the default), "all", or a status name.</summary>
    public static readonly IReadOnlyList<FeedbackStatus> StatusChoices = Enum.GetValues<FeedbackStatus>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Actor = await CaseActor.FromAsync(User, db, cancellationToken);
        var cases = Actor.Visible(db.FeedbackCases.AsNoTracking());
        var today = VnTime.Today(clock);
        var horizon = deadlines.Calendar.AddWorkingDays(today, settings.Deadlines.NearDueWorkingDays);

        if (Status is null or "mo")
            cases = cases.Where(c => FeedbackStatuses.Open.Contains(c.Status));
        else if (Enum.TryParse<FeedbackStatus>(Status, out var status))
            cases = cases.Where(c => c.Status == status);
        if (Deadline == "qua-han")
            cases = cases.Where(c => FeedbackStatuses.Running.Contains(c.Status)
                && (c.Status == FeedbackStatus.Received ? c.ForwardDueDate : c.DueDate) < today);
        else if (Deadline == "sap-den-han")
            cases = cases.Where(c => FeedbackStatuses.Running.Contains(c.Status)
                && (c.Status == FeedbackStatus.Received ? c.ForwardDueDate : c.DueDate) >= today
                && (c.Status == FeedbackStatus.Received ? c.ForwardDueDate : c.DueDate) <= horizon);
        if (Category is { Length: > 0 } category)
            cases = cases.Where(c => c.Category == category);
        if (Agency is { } agency && Actor.IsCoordinator)
            cases = cases.Where(c => c.HoldingAgencyId == agency);
        if (Mine == "1")
            cases = cases.Where(c => c.AssignedUserId == Actor.UserId);
        if (Nfc.NormalizeOrNull(Query)?.Trim() is { Length: > 0 } query)
        {
            var code = query.ToUpperInvariant();
            cases = cases.Where(c => c.Code == code || c.Title.Contains(query));
        }

        var page = Pager.Clamp(PageNumber);
        Pager = new Pager(Request, page, PageSize, await cases.CountAsync(cancellationToken));
        var rows = await cases
            .OrderBy(c => c.Status == FeedbackStatus.Received ? c.ForwardDueDate : c.DueDate == null ? c.ForwardDueDate : c.DueDate)
            .ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.Id, c.Code, c.Title, c.Category, Holder = c.HoldingAgency!.ShortName, c.Status, c.DueDate, c.ForwardDueDate, c.AssignedName, c.ReceivedUtc, c.ReviewStage })
            .ToListAsync(cancellationToken);
        Rows = rows.Select(r =>
        {
            var due = r.Status == FeedbackStatus.Received ? r.ForwardDueDate : r.DueDate ?? r.ForwardDueDate;
            var review = r.ReviewStage switch
            {
                ReviewStage.Agency => "chờ lãnh đạo cơ quan duyệt",
                ReviewStage.Coordinator => "chờ Văn phòng UBND tỉnh duyệt",
                _ => null,
            };
            return new CaseRow(r.Id, r.Code, r.Title, settings.Category(r.Category)?.Name ?? r.Category, r.Holder, r.Status,
                FeedbackStatuses.IsOpen(r.Status) ? due : null, deadlines.Flag(r.Status, due, today), r.AssignedName, r.ReceivedUtc, review);
        }).ToList();
        if (Actor.IsCoordinator)
        {
            Agencies = (await db.Agencies.AsNoTracking().Where(a => db.FeedbackCases.Any(c => c.HoldingAgencyId == a.Id))
                    .Select(a => new { a.Id, a.ShortName }).ToListAsync(cancellationToken))
                .Select(a => (a.Id, a.ShortName)).OrderBy(a => a.ShortName, StringComparer.Create(VnTime.Culture, false)).ToList();
        }
        else if (Actor.AgencyId is { } own)
        {
            AgencyName = await db.Agencies.Where(a => a.Id == own).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        }
    }
}
