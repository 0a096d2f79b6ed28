using CchcPublic.Web.Agencies;
using CchcPublic.Web.Content;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CchcPublic.Web.Public;

[OutputCache(PolicyName = ContentExtensions.PublicCachePolicy)]
public sealed class IndexModel(AgencyDirectory directory, PublishedContent snapshot, CchcConfig config, TimeProvider clock) : PageModel
{
    private const int ContactsOnHome = 6;

    public IReadOnlyList<AgencyContact> Contacts { get; private set; } = [];
    public int TotalCurrent { get; private set; }
    public PublishedContent Snapshot => snapshot;
    public IReadOnlyList<PublishedPage> News { get; private set; } = [];
    public PublishedPage? Bulletin { get; private set; }
    public IReadOnlyList<PublishedPage> Infographics { get; private set; } = [];
    public IReadOnlyList<PublishedPage> Events { get; private set; } = [];
    public bool EventsAreUpcoming { get; private set; }
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
        News = snapshot.InSection("tin-tuc").Where(p => p.WithdrawnUtc is null).Take(5).ToList();
        Bulletin = snapshot.InSection("ban-tin").FirstOrDefault(p => p.WithdrawnUtc is null);
        var infographics = snapshot.InSection("infographic").Where(p => p.WithdrawnUtc is null).ToList();
        Infographics = infographics.Where(p => p.Revision.Field("showOnLed") == "true").Concat(infographics).Distinct().Take(3).ToList();
        var now = Infrastructure.Text.VnTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-ddTHH:mm", ContentFields.Invariant);
        var events = snapshot.InSection("su-kien").Where(p => p.WithdrawnUtc is null).ToList();
        var upcoming = events.Where(p => string.CompareOrdinal(p.Revision.Field("end") ?? p.Revision.Field("start"), now) >= 0)
            .OrderBy(p => p.Revision.Field("start"), StringComparer.Ordinal).Take(3).ToList();
        EventsAreUpcoming = upcoming.Count > 0;
        Events = EventsAreUpcoming ? upcoming : events.Take(3).ToList();
    }
}
