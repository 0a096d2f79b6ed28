using CchcPublic.Web.Content;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CchcPublic.Web.Public;

[OutputCache(PolicyName = ContentExtensions.PublicCachePolicy)]
public sealed class ContentPageModel(PublishedContent snapshot, CchcConfig config) : PageModel
{
    public ContentView View { get; private set; } = null!;
    public PublishedPage? Item { get; private set; }
    public IReadOnlyList<PublishedPage> Related { get; private set; } = [];
    public string? GoneNote { get; private set; }
    public PublishedContent Snapshot => snapshot;

    public IActionResult OnGet(string section, string slug)
    {
        switch (snapshot.Resolve(section, slug))
        {
            case Found found:
                Item = found.Page;
                View = ContentView.Of(found.Page, snapshot, config);
                var themes = found.Page.Revision.Themes;
                Related = snapshot.InSection(section)
                    .Where(p => p.Id != found.Page.Id && p.WithdrawnUtc is null)
                    .OrderByDescending(p => p.Revision.Themes.Intersect(themes).Count())
                    .Take(4).ToList();
                return Page();
            case MovedTo moved:
                return RedirectPermanent(moved.Url);
            case Gone gone:
                GoneNote = gone.Note;
                Response.StatusCode = StatusCodes.Status410Gone;
                return Page();
            default:
                return NotFound();
        }
    }
}
