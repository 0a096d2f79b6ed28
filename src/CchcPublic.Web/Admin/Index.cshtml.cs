using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public int Users { get; private set; }
    public int CurrentAgencies { get; private set; }
    public int RetiredAgencies { get; private set; }
    public int AuditToday { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VnTime.Today(clock);
        Users = await db.Users.CountAsync(u => !u.IsDisabled, cancellationToken);
        CurrentAgencies = await db.Agencies.CountAsync(a => a.ValidTo == null || a.ValidTo >= today, cancellationToken);
        RetiredAgencies = await db.Agencies.CountAsync(a => a.ValidTo != null && a.ValidTo < today, cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        AuditToday = await db.AuditEntries.CountAsync(e => e.OccurredUtc >= since, cancellationToken);
    }
}
