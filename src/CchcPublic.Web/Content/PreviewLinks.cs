using System.Security.Claims;
using System.Security.Cryptography;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Content;

/// <summary>Secret links that show a draft revision through the public templates until they expire.</summary>
public sealed class PreviewLinks(AppDbContext db, AuditLog audit, TimeProvider clock, CchcOptions options)
{
    public async Task<(string Token, DateTime ExpiresUtc)> CreateAsync(ClaimsPrincipal user, int itemId, int revisionId, CancellationToken cancellationToken = default)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expires = clock.GetUtcNow().UtcDateTime.AddHours(options.Content.PreviewHours);
        db.Add(new PreviewLink { Token = token, RevisionId = revisionId, ExpiresUtc = expires, CreatedBy = user.Identity?.Name ?? "" });
        audit.Record("content.preview-link", nameof(ContentItem), itemId.ToString(ContentFields.Invariant),
            $"Tạo liên kết xem trước, hết hạn {Infrastructure.Text.VnTime.Display(expires)}");
        await db.SaveChangesAsync(cancellationToken);
        return (token, expires);
    }

    public async Task<(ContentItem Item, ContentRevision Revision)?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.Set<PreviewLink>().AsNoTracking().SingleOrDefaultAsync(l => l.Token == token && l.ExpiresUtc > now, cancellationToken);
        if (link is null)
        {
            return null;
        }
        var revision = await db.Set<ContentRevision>().AsNoTracking().SingleAsync(r => r.Id == link.RevisionId, cancellationToken);
        var item = await db.Set<ContentItem>().AsNoTracking().SingleAsync(i => i.Id == revision.ContentItemId, cancellationToken);
        return (item, revision);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
