using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Infrastructure.Mail;

/// <summary>
/// A message waiting to be sent, written in the same transaction as the change it reports. Recipient and
/// body are encrypted with Data Protection: they may carry a sender's access key or personal data.
/// </summary>
public sealed class OutboxMail
{
    public long Id { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string Purpose { get; set; }
    public string? Reference { get; set; }
    public required string ProtectedRecipient { get; set; }
    public required string Subject { get; set; }
    public required string ProtectedBody { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public bool GaveUp { get; set; }
    public string? LastError { get; set; }

    /// <summary>Node holding the message while it sends; expires so a crashed node's messages are retried.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> mail)
    {
        mail.ToTable("OutboxMails");
        mail.HasIndex(m => new { m.SentUtc, m.NextAttemptUtc });
        mail.Property(m => m.Purpose).HasMaxLength(60);
        mail.Property(m => m.Reference).HasMaxLength(100);
        mail.Property(m => m.ProtectedRecipient).HasMaxLength(2000);
        mail.Property(m => m.Subject).HasMaxLength(500);
        mail.Property(m => m.LastError).HasMaxLength(2000);
        mail.Property(m => m.LeaseOwner).HasMaxLength(100);
    }
}
