using CchcPublic.Web.Agencies;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Public;

public sealed class IndexModel(AgencyDirectory directory, CchcConfig config) : PageModel
{
    private const int ContactsOnHome = 6;

    public IReadOnlyList<AgencyContact> Contacts { get; private set; } = [];
    public int TotalCurrent { get; private set; }
    public IEnumerable<ContentTypeDefinition> Sections =>
        SiteNavigation.Sections.Select(config.ContentTypeForSection).OfType<ContentTypeDefinition>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await directory.CurrentAsync(cancellationToken);
        TotalCurrent = current.Count;
        // The coordinating office first: it receives feedback for the whole province.
        Contacts = current.Where(a => a.Hotlines.Count > 0 && a.Level != AgencyLevel.Province)
            .OrderByDescending(a => a.ReceivesFeedback).ThenBy(a => a.Level)
            .Take(ContactsOnHome).ToList();
    }
}
