using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Agencies;

public sealed record AgencyContact(
    int Id, string Code, string Name, string ShortName, string? EnglishName, AgencyLevel Level,
    IReadOnlyList<string> Hotlines, string? Email, string? Address, string? ContactOfficial, bool ContactVerified, bool ReceivesFeedback);

/// <summary>Read side of the agency directory for public pages and pickers.</summary>
public sealed class AgencyDirectory(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AgencyContact>> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var today = VnTime.Today(clock);
        var rows = await db.Agencies.AsNoTracking()
            .Where(a => (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidTo == null || a.ValidTo >= today))
            .Select(a => new AgencyContact(a.Id, a.Code, a.Name, a.ShortName, a.EnglishName, a.Level,
                a.Hotlines, a.Email, a.Address, a.ContactOfficial, a.ContactVerified, a.ReceivesFeedback))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Create(VnTime.Culture, false)).ToList();
    }
}
