using CchcPublic.Web.Agencies;
using CchcPublic.Web.Content;
using CchcPublic.Web.Shared;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CchcPublic.Web.Public;

/// <summary>A section's items, newest first, filterable by theme, agency, year (and programme) with stable URLs.</summary>
[OutputCache(PolicyName = ContentExtensions.PublicCachePolicy)]
public sealed class SectionListingModel(PublishedContent snapshot, CchcConfig config) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "chu-de")] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "co-quan")] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "chuong-trinh")] public string? Programme { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public ContentTypeDefinition Type { get; private set; } = null!;
    public IReadOnlyList<PublishedPage> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public PublishedContent Snapshot => snapshot;
    public CchcConfig Config => config;
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool Filtered => Theme is not null || Agency is not null || Year is not null || Programme is not null;

    public void OnGet(string section)
    {
        Type = config.ContentTypeForSection(section)!;
        var all = snapshot.InSection(section);
        (Agencies, Years) = snapshot.FacetsOf(section);
        IEnumerable<PublishedPage> items = all;
        if (Theme is { Length: > 0 } theme)
            items = items.Where(p => p.Revision.Themes.Contains(theme));
        if (Agency is { Length: > 0 } code)
            items = items.Where(p => snapshot.Agency(p.Revision.AgencyId)?.Code == code);
        if (Year is { } year)
            items = items.Where(p => p.Date.Year == year);
        if (Programme is { Length: > 0 } programme)
            items = items.Where(p => p.Revision.Field("programme") == programme);
        var filtered = items.ToList();
        var page = Pager.Clamp(PageNumber);
        Pager = new Pager(Request, page, PageSize, filtered.Count);
        Items = filtered.Skip((page - 1) * PageSize).Take(PageSize).ToList();
    }
}
