using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;

namespace CchcPublic.Web.Infrastructure.Mail;

/// <summary>
/// Queues a mail in the caller's unit of work: it is committed with the change it reports, or not at all.
/// The background sender delivers it afterwards, retrying until it goes.
/// </summary>
public sealed class MailOutbox(AppDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string ProtectorPurpose = "CchcPublic.MailOutbox.v1";

    private readonly IDataProtector protector = protection.CreateProtector(ProtectorPurpose);

    public OutboxMail Enqueue(string recipient, string subject, string body, string purpose, string? reference)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var mail = new OutboxMail
        {
            CreatedUtc = now,
            NextAttemptUtc = now,
            Purpose = purpose,
            Reference = reference,
            ProtectedRecipient = protector.Protect(recipient),
            Subject = subject,
            ProtectedBody = protector.Protect(body),
        };
        db.OutboxMails.Add(mail);
        return mail;
    }
}
