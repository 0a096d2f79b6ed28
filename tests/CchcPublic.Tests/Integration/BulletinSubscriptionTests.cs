using System.Net;
using System.Text.RegularExpressions;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Mail;
using CchcPublic.Web.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Xunit;
using static CchcPublic.Tests.Support.ContentHelpers;

namespace CchcPublic.Tests.Integration;

public abstract partial class BulletinSubscriptionTests<TSite>(SmtpSite<TSite> fixture) : IClassFixture<SmtpSite<TSite>> where TSite : CchcFactory, new()
{
    private async Task<MimeMessage> NextMailToAsync(string address)
    {
        var sender = fixture.Site.Services.GetRequiredService<OutboxMailSender>();
        while (true)
        {
            // The sink refuses the very first message once; bring any retry forward instead of waiting out the back-off.
            await fixture.Site.DbAsync(db => db.OutboxMails.Where(m => m.SentUtc == null).ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptUtc, DateTime.UtcNow.AddMinutes(-1))));
            sender.Nudge();
            var mail = await fixture.Sink.NextAsync(TimeSpan.FromSeconds(30));
            if (mail.To.Contains(address))
            {
                return MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
            }
        }
    }

    [Fact]
    public async Task Double_opt_in_then_each_new_issue_is_mailed_with_a_one_click_unsubscribe()
    {
        var site = fixture.Site;
        var client = site.Browser();
        var hash = BulletinSubscriptions.Hash("doc.gia@example.vn");
        var subscribe = await client.PostFormAsync("/nhan-ban-tin", [new("Email", "Doc.Gia@Example.vn"), new("Consent", "true")]);
        Assert.Contains("kiểm tra hộp thư", (await subscribe.ReadDocumentAsync()).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(SubscriberStatus.Pending, (await site.DbAsync(db => db.BulletinSubscribers.SingleAsync(x => x.EmailHash == hash))).Status);

        var confirmation = await NextMailToAsync("doc.gia@example.vn");
        Assert.Equal("doc.gia@example.vn", ((MailboxAddress)confirmation.To[0]).Address);
        var confirmLink = Link().Match(confirmation.TextBody ?? "").Value;
        Assert.Contains("/nhan-ban-tin/xac-nhan?ma=", confirmLink);
        var confirmed = await client.GetDocumentAsync(new Uri(confirmLink).PathAndQuery);
        Assert.Equal("Đăng ký đã được xác nhận", confirmed.QuerySelector("h1")!.TextContent);
        Assert.Equal("Liên kết không còn hiệu lực", (await client.GetDocumentAsync(new Uri(confirmLink).PathAndQuery)).QuerySelector("h1")!.TextContent);

        var issue = await site.DraftAsync("Bản tin số 7 tháng 12/2026", "ban-tin-so-7", "Số mới.", type: "bulletin",
            fields: new() { ["issueNumber"] = "7", ["month"] = "12", ["year"] = "2026" });
        await site.ExpectOkAsync(w => w.SubmitAsync(Editor, issue));
        await site.ExpectOkAsync(w => w.PublishAsync(PublisherA, issue, null, null, null));
        Assert.Equal(await site.DbAsync(db => db.BulletinSubscribers.CountAsync(x => x.Status == SubscriberStatus.Confirmed)),
            await site.Services.GetRequiredService<BulletinMailer>().RunOnceAsync());
        Assert.Equal(0, await site.Services.GetRequiredService<BulletinMailer>().RunOnceAsync());

        var bulletin = await NextMailToAsync("doc.gia@example.vn");
        Assert.Equal("Bản tin số 7 tháng 12/2026", bulletin.Subject);
        Assert.Contains("/ban-tin/ban-tin-so-7", bulletin.TextBody);
        var unsubscribe = Link().Matches(bulletin.TextBody ?? "").Select(m => m.Value).Single(l => l.Contains("/nhan-ban-tin/huy", StringComparison.Ordinal));
        var done = await client.GetDocumentAsync(new Uri(unsubscribe).PathAndQuery);
        Assert.Equal("Bạn đã hủy nhận bản tin", done.QuerySelector("h1")!.TextContent);
        Assert.Equal(SubscriberStatus.Unsubscribed, (await site.DbAsync(db => db.BulletinSubscribers.SingleAsync(x => x.EmailHash == hash))).Status);

        var next = await site.DraftAsync("Bản tin số 8", "ban-tin-so-8", "Số sau.", type: "bulletin",
            fields: new() { ["issueNumber"] = "8", ["month"] = "1", ["year"] = "2027" });
        await site.ExpectOkAsync(w => w.SubmitAsync(Editor, next));
        await site.ExpectOkAsync(w => w.PublishAsync(PublisherA, next, null, null, null));
        Assert.Equal(0, await site.Services.GetRequiredService<BulletinMailer>().RunOnceAsync());
        var actions = await site.DbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains("bulletin.subscribed", actions);
        Assert.Contains("bulletin.unsubscribed", actions);
        Assert.Equal(2, actions.Count(a => a == "bulletin.mailing-completed"));
    }

    [Fact]
    public async Task The_form_requires_a_valid_email_and_consent_and_stores_the_address_encrypted()
    {
        var client = fixture.Site.Browser();

        var bad = await client.PostFormAsync("/nhan-ban-tin", [new("Email", "khong-phai-email")]);
        var page = await bad.ReadDocumentAsync();
        Assert.Equal("Địa chỉ email không hợp lệ.", page.QuerySelector("#Email-error")!.TextContent);
        Assert.Contains("đánh dấu đồng ý", page.QuerySelector("#Consent-error")!.TextContent);

        await client.PostFormAsync("/nhan-ban-tin", [new("Email", "bi.mat@example.vn"), new("Consent", "true")]);
        var stored = await fixture.Site.DbAsync(db => db.BulletinSubscribers.Select(s => s.ProtectedEmail + s.EmailHash).ToListAsync());
        Assert.DoesNotContain(stored, s => s.Contains("bi.mat", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

public sealed class BulletinSubscriptionTestsOnSqlite(SmtpSite<SqliteSite> fixture) : BulletinSubscriptionTests<SqliteSite>(fixture);

public sealed class BulletinSubscriptionTestsOnPostgres(SmtpSite<PostgresSite> fixture) : BulletinSubscriptionTests<PostgresSite>(fixture);
