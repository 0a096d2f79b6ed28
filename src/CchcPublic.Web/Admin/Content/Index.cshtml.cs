using System.Globalization;
using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Content;

/// <summary>
/// The editors' list. Keyset paging on (UpdatedUtc, Id) with matching indexes keeps the hundredth page as
/// fast as the first, whatever the size of the table.
/// </summary>
public sealed class IndexModel(AppDbContext db, CchcConfig config) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "loai")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang-thai")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "sau")] public string? After { get; set; }

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public string? NextCursor { get; private set; }
    public IReadOnlyList<ContentTypeDefinition> Types => config.ContentTypes;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var items = db.ContentItems.AsNoTracking();
        if (Type is { Length: > 0 } type)
            items = items.Where(i => i.Type == type);
        if (Status == "xuat-ban-khan")
            items = items.Where(i => i.ForcePublishReason != null && i.ForcePublishReviewedBy == null);
        else if (Enum.TryParse<ContentStatus>(Status, out var status))
            items = items.Where(i => i.Status == status);
        if (Query is { Length: > 0 } q)
        {
            var term = q.Trim().ToLower();
            items = items.Where(i => i.Title.ToLower().Contains(term) || i.Slug.Contains(term));
        }
        Total = await items.CountAsync(cancellationToken);
        if (ParseCursor(After) is var (updated, id) && updated > DateTime.MinValue)
        {
            items = items.Where(i => i.UpdatedUtc < updated || (i.UpdatedUtc == updated && i.Id < id));
        }
        var page = await items.OrderByDescending(i => i.UpdatedUtc).ThenByDescending(i => i.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        Items = page.Take(PageSize).ToList();
        NextCursor = page.Count > PageSize ? $"{Items[^1].UpdatedUtc.Ticks}_{Items[^1].Id}" : null;
    }

    public string TypeName(string code) => config.ContentTypes.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    public string NextLink() => Request.Path + CchcPublic.Web.Shared.Pager.With(Request, "sau", NextCursor!);

    private static (DateTime, int) ParseCursor(string? cursor)
    {
        var parts = (cursor ?? "").Split('_');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ticks <= DateTime.MaxValue.Ticks
            ? (new DateTime(ticks, DateTimeKind.Utc), id)
            : (DateTime.MinValue, 0);
    }
}
