using CchcPublic.Web.Content;
using CchcPublic.Web.Shared;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CchcPublic.Web.Public;

[OutputCache(PolicyName = ContentExtensions.PublicCachePolicy)]
public sealed class SectionListingModel(PublishedContent snapshot, CchcConfig config) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public ContentTypeDefinition Type { get; private set; } = null!;
    public IReadOnlyList<PublishedPage> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public PublishedContent Snapshot => snapshot;

    public void OnGet(string section)
    {
        Type = config.ContentTypeForSection(section)!;
        var all = snapshot.InSection(section);
        var page = Pager.Clamp(PageNumber);
        Pager = new Pager(Request, page, PageSize, all.Count);
        Items = all.Skip((page - 1) * PageSize).Take(PageSize).ToList();
    }
}
