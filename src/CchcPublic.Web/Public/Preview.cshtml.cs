using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Public;

/// <summary>A draft through the public template, for whoever holds the secret link, until it expires.</summary>
public sealed class PreviewModel(PreviewLinks links, PublishedContent snapshot, MarkdownRenderer markdown, CchcConfig config, AppDbContext db) : PageModel
{
    public ContentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await links.FindAsync(token, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers.CacheControl = "no-store";
        var type = config.ContentTypes.First(t => t.Code == found.Item.Type);
        var mediaIds = ContentFields.MediaIds(type, found.Revision).ToList();
        var media = await db.MediaFiles.AsNoTracking().Where(m => mediaIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        View = new ContentView(type, found.Revision, markdown.ToHtml(found.Revision.Body),
            found.Revision.PublishDate ?? DateOnly.FromDateTime(Infrastructure.Text.VnTime.ToLocal(found.Revision.CreatedUtc)),
            null, null, true, snapshot, config, id => media.GetValueOrDefault(id));
        return Page();
    }
}
