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

    private const int RelatedCount = 4;

    /// <summary>The newest items of the same section sharing a theme, topped up with the newest others.</summary>
    private List<PublishedPage> RelatedTo(PublishedPage page)
    {
        var themes = page.Revision.Themes;
        var candidates = snapshot.InSection(page.Section);
        var related = new List<PublishedPage>(RelatedCount);
        foreach (var other in candidates)
        {
            if (other.Id != page.Id && other.WithdrawnUtc is null && other.Revision.Themes.Exists(themes.Contains))
            {
                related.Add(other);
                if (related.Count == RelatedCount)
                {
                    return related;
                }
            }
        }
        foreach (var other in candidates)
        {
            if (related.Count == RelatedCount)
            {
                break;
            }
            if (other.Id != page.Id && other.WithdrawnUtc is null && !related.Contains(other))
            {
                related.Add(other);
            }
        }
        return related;
    }

    public IActionResult OnGet(string section, string slug)
    {
        switch (snapshot.Resolve(section, slug))
        {
            case Found found:
                Item = found.Page;
                View = ContentView.Of(found.Page, snapshot, config);
                Related = RelatedTo(found.Page);
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
