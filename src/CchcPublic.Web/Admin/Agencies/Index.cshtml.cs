using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Agencies;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "cap")] public AgencyLevel? Level { get; set; }
    [BindProperty(SupportsGet = true, Name = "hieu-luc")] public string? Validity { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public sealed record Row(int Id, string Code, string Name, AgencyLevel Level, DateOnly? ValidFrom, DateOnly? ValidTo, int Successors);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VnTime.Today(clock);
        var agencies = db.Agencies.AsNoTracking();
        if (Query is { Length: > 0 } q)
        {
            var term = q.Trim().ToLowerInvariant();
            var code = q.Trim().ToUpperInvariant();
            agencies = agencies.Where(a => a.Code.Contains(code) || a.Name.ToLower().Contains(term) || a.ShortName.ToLower().Contains(term));
        }
        if (Level is { } level)
        {
            agencies = agencies.Where(a => a.Level == level);
        }
        agencies = Validity switch
        {
            "hien-hanh" => agencies.Where(a => a.ValidTo == null || a.ValidTo >= today),
            "het-hieu-luc" => agencies.Where(a => a.ValidTo != null && a.ValidTo < today),
            _ => agencies,
        };
        var page = Pager.Clamp(PageNumber);
        Pager = new Pager(Request, page, PageSize, await agencies.CountAsync(cancellationToken));
        Rows = await agencies.OrderBy(a => a.Level).ThenBy(a => a.Code)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Code, a.Name, a.Level, a.ValidFrom, a.ValidTo, a.Successors.Count))
            .ToListAsync(cancellationToken);
    }
}
