using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Agencies;

public sealed record AgencyFieldsView(AgencyForm Form, IReadOnlyList<SelectListItem> Parents)
{
    public static async Task<List<SelectListItem>> ParentOptionsAsync(AppDbContext db, TimeProvider clock, int? excludeId)
    {
        var today = VnTime.Today(clock);
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => (a.ValidTo == null || a.ValidTo >= today) && a.Id != excludeId)
            .Select(a => new { a.Id, a.Name, a.Level }).ToListAsync();
        return agencies.OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Create(VnTime.Culture, false))
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Prepend(new SelectListItem("— Không có —", ""))
            .ToList();
    }
}
