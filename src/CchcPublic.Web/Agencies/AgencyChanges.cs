using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;

namespace CchcPublic.Web.Agencies;

/// <summary>
/// Agencies are public (hotline directory, search): every change to one adds a row to the same change feed
/// content uses, in the same SaveChanges, so each node's search index and snapshot follow it.
/// </summary>
public static class AgencyChanges
{
    public static void Record(AppDbContext db, Agency agency, TimeProvider clock) =>
        db.Add(new ContentChange { Agency = agency, OccurredUtc = clock.GetUtcNow().UtcDateTime });
}
