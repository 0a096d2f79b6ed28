using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.Media;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Content;

/// <summary>What the editing form shows: the type's fields, the current values and the pick lists.</summary>
public sealed record ContentFormView(
    ContentTypeDefinition Type, ContentInput Input, CchcConfig Config, IReadOnlyList<SelectListItem> Agencies, MediaFile? Cover)
{
    public static async Task<ContentFormView> LoadAsync(AppDbContext db, CchcConfig config, TimeProvider clock,
        ContentTypeDefinition type, ContentInput input, CancellationToken cancellationToken = default)
    {
        var today = VnTime.Today(clock);
        // Current agencies, plus the one the item already names even if it has since been retired.
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => a.ValidTo == null || a.ValidTo >= today || a.Id == input.AgencyId)
            .Select(a => new { a.Id, a.Name, a.Level }).ToListAsync(cancellationToken);
        var options = agencies.OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Create(VnTime.Culture, false))
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(ContentFields.Invariant), a.Id == input.AgencyId))
            .Prepend(new SelectListItem("— Chọn cơ quan —", "")).ToList();
        var cover = input.CoverMediaId is { } id ? await db.MediaFiles.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        return new ContentFormView(type, input, config, options, cover);
    }
}
