using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Audit;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "nguoi")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "hanh-dong")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true, Name = "doi-tuong")] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "tu-ngay")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den-ngay")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (UserName is { Length: > 0 } user)
            entries = entries.Where(e => e.UserName.ToLower().Contains(user.Trim().ToLower()));
        if (Action is { Length: > 0 } action)
            entries = entries.Where(e => e.Action.StartsWith(action.Trim()));
        if (EntityType is { Length: > 0 } type)
            entries = entries.Where(e => e.EntityType == type);
        if (EntityId is { Length: > 0 } id)
            entries = entries.Where(e => e.EntityId == id.Trim());
        if (From is { } from)
        {
            var start = VnTime.StartOfDayUtc(from);
            entries = entries.Where(e => e.OccurredUtc >= start);
        }
        if (To is { } to)
        {
            var end = VnTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.OccurredUtc < end);
        }
        var page = Pager.Clamp(PageNumber);
        Pager = new Pager(Request, page, PageSize, await entries.CountAsync(cancellationToken));
        Entries = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        EntityTypes = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }
}
