using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Jobs;
using CchcPublic.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Subscriptions;

/// <summary>
/// Sends each newly published bulletin issue to confirmed subscribers. Each batch's mail and the mailing's
/// cursor are committed together, so a crash resends nothing and skips no one; a lease keeps it to one node.
/// </summary>
public sealed class BulletinMailer(IServiceScopeFactory scopes, ILogger<BulletinMailer> log) : BackgroundService
{
    public const string Job = "bulletin-mailing";
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Gửi bản tin cho người đăng ký thất bại; sẽ thử lại.");
            }
        }
    }

    /// <summary>Queues mail for every open mailing, batch by batch; returns how many mails were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (!await services.GetRequiredService<JobLeases>().TryClaimAsync(Job, JobLeases.NodeName, TimeSpan.FromMinutes(2), cancellationToken))
        {
            return 0;
        }
        var db = services.GetRequiredService<AppDbContext>();
        var outbox = services.GetRequiredService<MailOutbox>();
        var audit = services.GetRequiredService<AuditLog>();
        var snapshot = services.GetRequiredService<PublishedContent>();
        var options = services.GetRequiredService<CchcOptions>();
        var site = services.GetRequiredService<SiteConfig.SiteSettings>();
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector(BulletinSubscriptions.ProtectorPurpose);
        var clock = services.GetRequiredService<TimeProvider>();
        var queued = 0;
        foreach (var mailing in await db.Set<BulletinMailing>().Where(m => m.CompletedUtc == null).OrderBy(m => m.Id).ToListAsync(cancellationToken))
        {
            var issue = snapshot.Find(mailing.ContentItemId);
            while (true)
            {
                var batch = issue is null ? [] : await db.Set<BulletinSubscriber>().AsNoTracking()
                    .Where(s => s.Status == SubscriberStatus.Confirmed && s.Id > mailing.LastSubscriberId)
                    .OrderBy(s => s.Id).Take(BatchSize).ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    mailing.CompletedUtc = clock.GetUtcNow().UtcDateTime;
                    audit.Record("bulletin.mailing-completed", nameof(BulletinMailing), mailing.Id.ToString(ContentFields.Invariant),
                        issue is null ? "Số bản tin không còn công khai; dừng gửi" : $"Đã xếp hàng gửi “{issue.Revision.Title}” cho {mailing.MailsQueued} người đăng ký");
                    await db.SaveChangesAsync(cancellationToken);
                    break;
                }
                var baseUrl = options.PublicBase(null);
                foreach (var subscriber in batch)
                {
                    outbox.Enqueue(protector.Unprotect(subscriber.ProtectedEmail), issue!.Revision.Title, $"""
                        {issue.Revision.Title}

                        {issue.Revision.Summary}

                        Đọc bản tin: {baseUrl}{issue.Url}

                        ---
                        Bạn nhận thư này vì đã đăng ký nhận Bản tin số "Cải cách hành chính" của {site.Name}.
                        Hủy nhận bản tin (một lần bấm): {baseUrl}/nhan-ban-tin/huy?ma={subscriber.UnsubscribeToken}
                        """, "bulletin.issue", $"ban-tin-{mailing.ContentItemId}");
                }
                mailing.LastSubscriberId = batch[^1].Id;
                mailing.MailsQueued += batch.Count;
                queued += batch.Count;
                audit.Record("bulletin.mailing-batch", nameof(BulletinMailing), mailing.Id.ToString(ContentFields.Invariant),
                    $"Xếp hàng {batch.Count} thư bản tin “{issue!.Revision.Title}”");
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        if (queued > 0)
        {
            services.GetRequiredService<OutboxMailSender>().Nudge();
        }
        return queued;
    }
}
