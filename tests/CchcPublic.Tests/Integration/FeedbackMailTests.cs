using CchcPublic.Tests.Support;
using CchcPublic.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Xunit;

namespace CchcPublic.Tests.Integration;

/// <summary>A site whose outbox delivers to an in-process SMTP sink that refuses the first message once.</summary>
public sealed class SmtpSite<TSite> : IAsyncLifetime where TSite : CchcFactory, new()
{
    public SmtpSink Sink { get; } = new(refuseFirst: 1);
    public TSite Site { get; } = new();

    public async Task InitializeAsync()
    {
        Site.Settings["Cchc:Mail:SmtpHost"] = "127.0.0.1";
        Site.Settings["Cchc:Mail:SmtpPort"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Site.Settings["Cchc:Mail:Security"] = "None";
        Site.Settings["Cchc:Feedback:Captcha:Altcha:MaxNumber"] = "5000";
        await Site.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public abstract class FeedbackMailTests<TSite>(SmtpSite<TSite> fixture) : IClassFixture<SmtpSite<TSite>> where TSite : CchcFactory, new()
{
    [Fact]
    public async Task The_receipt_mail_is_retried_after_a_refusal_and_delivered_over_SMTP_and_the_key_is_never_stored_in_clear()
    {
        var site = fixture.Site;
        var client = site.Browser();
        var fields = FeedbackForms.ValidFields("0966123456");
        fields["Form.Email"] = "Hoa.Nguyen@Example.vn";

        var (code, key, _) = await client.ReceiptAsync(await client.SendAsync(fields));

        // The first attempt is refused by the sink; bring the retry forward instead of waiting for the back-off.
        var sender = site.Services.GetRequiredService<OutboxMailSender>();
        var outbox = await site.DbAsync(db => db.OutboxMails.SingleAsync(m => m.Reference == code));
        Assert.DoesNotContain(key, outbox.ProtectedBody + outbox.ProtectedRecipient);
        Assert.DoesNotContain("hoa.nguyen", outbox.ProtectedRecipient);
        await WaitForAsync(site, code, m => m.Attempts >= 1);
        await site.DbAsync(db => db.OutboxMails.Where(m => m.Reference == code).ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptUtc, DateTime.UtcNow.AddMinutes(-1))));
        sender.Nudge();

        var mail = await fixture.Sink.NextAsync(TimeSpan.FromSeconds(30));
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Equal(["hoa.nguyen@example.vn"], mail.To);
        Assert.Equal($"Đã tiếp nhận phản ánh, kiến nghị {code}", message.Subject);
        Assert.Contains(key, message.TextBody);
        Assert.Contains("/phan-anh-kien-nghi/tra-cuu", message.TextBody);
        var sent = await WaitForAsync(site, code, m => m.SentUtc is not null);
        Assert.Equal(2, sent.Attempts);
        Assert.False(sent.GaveUp);
    }

    private static async Task<OutboxMail> WaitForAsync(CchcFactory site, string code, Func<OutboxMail, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var mail = await site.DbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.Reference == code));
            if (condition(mail))
            {
                return mail;
            }
            Assert.True(DateTime.UtcNow < deadline, "The outbox did not reach the expected state in time.");
            site.Services.GetRequiredService<OutboxMailSender>().Nudge();
            await Task.Yield();
            await site.Services.GetRequiredService<OutboxMailSender>().DeliverBatchAsync(CancellationToken.None);
        }
    }
}

public sealed class FeedbackMailTestsOnSqlite(SmtpSite<SqliteSite> fixture) : FeedbackMailTests<SqliteSite>(fixture);

public sealed class FeedbackMailTestsOnPostgres(SmtpSite<PostgresSite> fixture) : FeedbackMailTests<PostgresSite>(fixture);
