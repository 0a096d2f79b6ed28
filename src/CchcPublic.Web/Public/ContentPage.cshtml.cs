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
    public string? GoneNote { get; private set; }

    public IActionResult OnGet(string section, string slug)
    {
        switch (snapshot.Resolve(section, slug))
        {
            case Found found:
                View = ContentView.Of(found.Page, snapshot, config);
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
