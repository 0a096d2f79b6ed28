using CchcPublic.Web.Infrastructure.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CchcPublic.Web.Infrastructure.Mail;

/// <summary>
/// Delivers queued mail. A node leases a batch for two minutes before sending, so two nodes never send the same
/// message and a node that dies mid-batch leaves its lease to expire and another node to retry.
/// Failures back off exponentially up to <see cref="MailOptions.MaxAttempts"/>.
/// </summary>
public sealed class OutboxMailSender(
    IServiceScopeFactory scopes, MailOptions options, AppPaths paths, TimeProvider clock, ILogger<OutboxMailSender> logger)
    : BackgroundService
{
    private readonly string node = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly SemaphoreSlim wake = new(0);

    /// <summary>Ask for a delivery round now instead of at the next poll.</summary>
    public void Nudge()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DeliverBatchAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Gửi thư trong hộp thư đi thất bại; sẽ thử lại.");
            }
            try
            {
                await wake.WaitAsync(TimeSpan.FromSeconds(options.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(MailOutbox.ProtectorPurpose);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMails
            .Where(m => m.SentUtc == null && !m.GaveUp && m.NextAttemptUtc <= now && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(20).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        // The lease is taken with a conditional update: only one node's update matches each row.
        var leaseUntil = now.AddMinutes(2);
        await db.OutboxMails
            .Where(m => due.Contains(m.Id) && m.SentUtc == null && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.LeaseOwner, node).SetProperty(m => m.LeaseUntilUtc, leaseUntil), cancellationToken);
        var batch = await db.OutboxMails.Where(m => due.Contains(m.Id) && m.LeaseOwner == node && m.SentUtc == null).ToListAsync(cancellationToken);
        SmtpClient? smtp = null;
        try
        {
            foreach (var mail in batch)
            {
                mail.Attempts++;
                try
                {
                    var message = Build(mail, protector);
                    if (options.SmtpHost is { Length: > 0 })
                    {
                        smtp ??= await ConnectAsync(cancellationToken);
                        await smtp.SendAsync(message, cancellationToken);
                    }
                    else
                    {
                        await WritePickupAsync(mail, message, cancellationToken);
                    }
                    mail.SentUtc = clock.GetUtcNow().UtcDateTime;
                    mail.LastError = null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    mail.LastError = ex.GetType().Name + ": " + ex.Message;
                    mail.GaveUp = mail.Attempts >= options.MaxAttempts;
                    mail.NextAttemptUtc = clock.GetUtcNow().UtcDateTime.AddSeconds(Math.Min(3600, 15 * Math.Pow(2, mail.Attempts - 1)));
                    smtp?.Dispose();
                    smtp = null;
                    logger.LogWarning("Thư {Id} ({Purpose}) gửi thất bại lần {Attempt}: {Error}", mail.Id, mail.Purpose, mail.Attempts, mail.LastError);
                }
                mail.LeaseOwner = null;
                mail.LeaseUntilUtc = null;
            }
        }
        finally
        {
            if (smtp is not null)
            {
                await smtp.DisconnectAsync(quit: true, CancellationToken.None);
                smtp.Dispose();
            }
            // Recorded even when cancelled, so a sent mail is not sent again.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return batch.Count;
    }

    private MimeMessage Build(OutboxMail mail, IDataProtector protector)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(protector.Unprotect(mail.ProtectedRecipient)));
        message.Subject = mail.Subject;
        message.MessageId = $"outbox-{mail.Id}-{mail.CreatedUtc.Ticks}@cchc.local";
        message.Body = new TextPart("plain") { Text = protector.Unprotect(mail.ProtectedBody) };
        return message;
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
        await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, security, cancellationToken);
        if (options.UserName is { Length: > 0 })
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }
        return client;
    }

    // Same file name for the same message: a retry after a crash overwrites instead of duplicating.
    private async Task WritePickupAsync(OutboxMail mail, MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.MailPickup);
        var target = Path.Combine(paths.MailPickup, $"{mail.CreatedUtc:yyyyMMddHHmmss}-{mail.Id}.eml");
        var temporary = target + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }
}
