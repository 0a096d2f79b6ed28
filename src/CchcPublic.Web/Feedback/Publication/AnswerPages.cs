using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Shared;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Publication;

public static class AnswerPages
{
    public const string Path = "/hoi-dap";

    /// <summary>Plain text as paragraphs: a blank line or a line break starts a new one.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>/hoi-dap: answered questions whose senders allowed publication, newest first.</summary>
[OutputCache(PolicyName = ContentExtensions.PublicCachePolicy)]
public sealed class AnswerListModel(AppDbContext db, FeedbackSettings settings) : PageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<PublishedAnswer> Answers { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];
    public FeedbackSettings Settings => settings;
    public Pager Pager { get; private set; } = null!;

    [FromQuery(Name = "linh-vuc")] public string? Category { get; set; }
    [FromQuery(Name = "co-quan")] public int? Agency { get; set; }
    [FromQuery(Name = "trang")] public int? PageNumber { get; set; }

    public bool Filtered => Category is { Length: > 0 } || Agency is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var published = db.PublishedAnswers.AsNoTracking().Where(a => a.WithdrawnUtc == null);
        Agencies = (await published.Where(a => a.AgencyId != null).GroupBy(a => new { a.AgencyId, a.AgencyName })
                .Select(g => new { g.Key.AgencyId, g.Key.AgencyName }).ToListAsync(cancellationToken))
            .DistinctBy(a => a.AgencyId).Select(a => (a.AgencyId!.Value, a.AgencyName)).OrderBy(a => a.AgencyName, StringComparer.Create(Infrastructure.Text.VnTime.Culture, false)).ToList();
        if (Category is { Length: > 0 } category)
            published = published.Where(a => a.Category == category);
        if (Agency is { } agency)
            published = published.Where(a => a.AgencyId == agency);
        var total = await published.CountAsync(cancellationToken);
        var page = Math.Min(Pager.Clamp(PageNumber), Math.Max(1, (total + PageSize - 1) / PageSize));
        Pager = new Pager(Request, page, PageSize, total);
        Answers = await published.OrderByDescending(a => a.AnsweredUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }
}

/// <summary>/hoi-dap/{code}: one question and its answer. A withdrawn one says so (410) instead of vanishing.</summary>
[OutputCache(PolicyName = ContentExtensions.PublicCachePolicy)]
public sealed class AnswerPageModel(AppDbContext db, FeedbackSettings settings) : PageModel
{
    public PublishedAnswer Answer { get; private set; } = null!;
    public string CategoryName => settings.Category(Answer.Category)?.Name ?? Answer.Category;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        code = code.Trim().ToUpperInvariant();
        var answer = await db.PublishedAnswers.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (answer is null)
            return NotFound();
        Answer = answer;
        if (answer.WithdrawnUtc is not null)
            Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}
