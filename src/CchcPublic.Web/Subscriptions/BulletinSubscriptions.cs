using System.Security.Cryptography;
using System.Text;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Subscriptions;

/// <summary>Double opt-in subscription to the bulletin, and one-click unsubscription.</summary>
public sealed class BulletinSubscriptions(
    AppDbContext db, MailOutbox outbox, IDataProtectionProvider protection, AuditLog audit, TimeProvider clock, CchcOptions options,
    SiteConfig.SiteSettings site)
{
    public const string ProtectorPurpose = "CchcPublic.BulletinSubscribers.v1";

    private readonly IDataProtector protector = protection.CreateProtector(ProtectorPurpose);

    /// <summary>
    /// Records the request and mails a confirmation link. The answer is the same whether or not the address
    /// is already subscribed, so the form reveals nothing about who reads the bulletin.
    /// </summary>
    public async Task SubscribeAsync(string email, string baseUrl, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var hash = Hash(normalized);
        var subscriber = await db.Set<BulletinSubscriber>().SingleOrDefaultAsync(s => s.EmailHash == hash, cancellationToken);
        if (subscriber is { Status: SubscriberStatus.Confirmed })
        {
            return;
        }
        var token = Token();
        var now = clock.GetUtcNow().UtcDateTime;
        if (subscriber is null)
        {
            subscriber = new BulletinSubscriber
            {
                EmailHash = hash, ProtectedEmail = protector.Protect(normalized), UnsubscribeToken = Token(), CreatedUtc = now,
            };
            db.Add(subscriber);
        }
        subscriber.Status = SubscriberStatus.Pending;
        subscriber.ConfirmTokenHash = Hash(token);
        audit.Record("bulletin.subscribe-requested", nameof(BulletinSubscriber), hash[..12], "Yêu cầu nhận bản tin qua email (chờ xác nhận)");
        outbox.Enqueue(normalized, $"Xác nhận đăng ký nhận Bản tin số “Cải cách hành chính”", $"""
            Xin chào,

            Ai đó (có thể là bạn) vừa đăng ký nhận Bản tin số "Cải cách hành chính" của {site.Name} bằng địa chỉ email này.

            Để xác nhận, vui lòng mở liên kết sau:
            {baseUrl}/nhan-ban-tin/xac-nhan?ma={token}

            Nếu bạn không đăng ký, hãy bỏ qua thư này; bạn sẽ không nhận thêm thư nào.

            {site.Operator ?? site.Owner}
            """, "bulletin.confirm", null);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> ConfirmAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = Hash(token);
        var subscriber = await db.Set<BulletinSubscriber>().SingleOrDefaultAsync(s => s.ConfirmTokenHash == hash && s.Status == SubscriberStatus.Pending, cancellationToken);
        if (subscriber is null)
        {
            return false;
        }
        subscriber.Status = SubscriberStatus.Confirmed;
        subscriber.ConfirmedUtc = clock.GetUtcNow().UtcDateTime;
        subscriber.ConfirmTokenHash = null;
        audit.Record("bulletin.subscribed", nameof(BulletinSubscriber), subscriber.EmailHash[..12], "Xác nhận nhận bản tin qua email");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UnsubscribeAsync(string token, CancellationToken cancellationToken = default)
    {
        var subscriber = await db.Set<BulletinSubscriber>().SingleOrDefaultAsync(s => s.UnsubscribeToken == token, cancellationToken);
        if (subscriber is null)
        {
            return false;
        }
        if (subscriber.Status != SubscriberStatus.Unsubscribed)
        {
            subscriber.Status = SubscriberStatus.Unsubscribed;
            subscriber.UnsubscribedUtc = clock.GetUtcNow().UtcDateTime;
            audit.Record("bulletin.unsubscribed", nameof(BulletinSubscriber), subscriber.EmailHash[..12], "Hủy nhận bản tin qua email");
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }

    public string BaseUrl(HttpRequest? request) => options.PublicBase(request);

    public static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("cchc-ban-tin:" + value))).ToLowerInvariant();

    private static string Token() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
