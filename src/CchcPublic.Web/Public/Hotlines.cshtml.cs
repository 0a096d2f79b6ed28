using CchcPublic.Web.Agencies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Public;

public sealed class HotlinesModel(AgencyDirectory directory) : PageModel
{
    public IReadOnlyList<IGrouping<AgencyLevel, AgencyContact>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Groups = (await directory.CurrentAsync(cancellationToken)).GroupBy(a => a.Level).ToList();
}
