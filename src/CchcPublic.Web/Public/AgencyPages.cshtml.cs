using CchcPublic.Web.Agencies;
using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Public;

/// <summary>An agency's page: who it is (and what became of it) and everything it published.</summary>
[OutputCache(PolicyName = ContentExtensions.PublicCachePolicy)]
public sealed class AgencyPagesModel(AppDbContext db, PublishedContent snapshot) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<(Agency Agency, string? Note)> Successors { get; private set; } = [];
    public IReadOnlyList<PublishedPage> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public PublishedContent Snapshot => snapshot;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToUpperInvariant(), cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }
        Agency = agency;
        Successors = (await db.AgencySuccessions.AsNoTracking().Where(s => s.PredecessorId == agency.Id).Include(s => s.Successor).ToListAsync(cancellationToken))
            .Select(s => (s.Successor!, s.Note)).ToList();
        var all = snapshot.All.Where(p => p.Revision.AgencyId == agency.Id).OrderByDescending(p => p.Date).ToList();
        var page = Pager.Clamp(PageNumber);
        Pager = new Pager(Request, page, PageSize, all.Count);
        Items = all.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }
}
