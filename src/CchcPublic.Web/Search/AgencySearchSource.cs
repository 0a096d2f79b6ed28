using CchcPublic.Web.Agencies;
using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Search;

/// <summary>
/// The agency directory: names and hotlines of units current today, linking to the hotline page. The contact
/// official is a person and is left out; retired units are history, not somewhere to call.
/// </summary>
public sealed class AgencySearchSource(TimeProvider clock) : ISearchSource
{
    public const string TypeCode = "agency";

    public string Kind => "agency";

    public int? IdOf(ContentChange change) => change.AgencyId;

    public async Task<int> CountAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await CurrentAsync(db, null, cancellationToken)).Count;

    public async Task LoadAsync(AppDbContext db, IReadOnlyCollection<int>? ids, Func<IReadOnlyList<(int Id, SearchDocument Document)>, Task> page,
        CancellationToken cancellationToken)
    {
        var agencies = await CurrentAsync(db, ids, cancellationToken);
        await page(agencies.Select(a => (a.Id, Map(a))).ToList());
    }

    private async Task<List<Agency>> CurrentAsync(AppDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var today = VnTime.Today(clock);
        var query = db.Agencies.AsNoTracking()
            .Where(a => a.RetiredUtc == null && (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidTo == null || a.ValidTo >= today));
        if (ids is not null)
        {
            query = query.Where(a => ids.Contains(a.Id));
        }
        return await query.ToListAsync(cancellationToken);
    }

    private SearchDocument Map(Agency agency)
    {
        var phones = agency.Hotlines.Select(PhoneFormat.Display).ToList();
        var summary = phones.Count > 0 ? $"{agency.ShortName}. Đường dây nóng: {string.Join(", ", phones)}" : agency.ShortName;
        return new SearchDocument
        {
            Key = $"{Kind}:{agency.Id}",
            Type = TypeCode,
            Title = agency.Name,
            Url = $"/duong-day-nong#co-quan-{agency.Code.ToLowerInvariant()}",
            Summary = summary,
            Body = string.Join("\n", new[] { agency.EnglishName, agency.Address, string.Join(" ", agency.Hotlines) }.Where(s => !string.IsNullOrEmpty(s))),
            AgencyCode = agency.Code,
        };
    }
}
