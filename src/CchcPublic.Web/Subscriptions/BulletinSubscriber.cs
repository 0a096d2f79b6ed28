using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Subscriptions;

public enum SubscriberStatus
{
    Pending,
    Confirmed,
    Unsubscribed,
}

/// <summary>
/// Someone who asked for the monthly bulletin by email. The address is personal data: it is kept encrypted
/// (Data Protection) and found by a hash; it is used for nothing but the bulletin.
/// </summary>
public sealed class BulletinSubscriber
{
    public int Id { get; set; }
    public required string EmailHash { get; set; }
    public required string ProtectedEmail { get; set; }
    public SubscriberStatus Status { get; set; }
    public string? ConfirmTokenHash { get; set; }
    public required string UnsubscribeToken { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ConfirmedUtc { get; set; }
    public DateTime? UnsubscribedUtc { get; set; }
}

/// <summary>
/// The mailing of one newly published bulletin issue. Written in the publishing transaction; the mailer
/// fans it out in batches, moving <see cref="LastSubscriberId"/> in the same commit as each batch's mail.
/// </summary>
public sealed class BulletinMailing
{
    public int Id { get; set; }
    public int ContentItemId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int LastSubscriberId { get; set; }
    public int MailsQueued { get; set; }
    public DateTime? CompletedUtc { get; set; }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<BulletinSubscriber>, IEntityTypeConfiguration<BulletinMailing>
{
    public void Configure(EntityTypeBuilder<BulletinSubscriber> subscriber)
    {
        subscriber.HasIndex(s => s.EmailHash).IsUnique();
        subscriber.HasIndex(s => s.UnsubscribeToken).IsUnique();
        subscriber.HasIndex(s => s.ConfirmTokenHash);
        subscriber.HasIndex(s => new { s.Status, s.Id });
        subscriber.Property(s => s.EmailHash).HasMaxLength(64);
        subscriber.Property(s => s.ProtectedEmail).HasMaxLength(1000);
        subscriber.Property(s => s.ConfirmTokenHash).HasMaxLength(64);
        subscriber.Property(s => s.UnsubscribeToken).HasMaxLength(64);
        subscriber.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<BulletinMailing> mailing)
    {
        mailing.HasIndex(m => m.ContentItemId).IsUnique();
        mailing.HasIndex(m => m.CompletedUtc);
    }
}
