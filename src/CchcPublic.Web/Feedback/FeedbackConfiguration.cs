using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Feedback;

internal sealed class FeedbackConfiguration :
    IEntityTypeConfiguration<FeedbackCase>, IEntityTypeConfiguration<FeedbackAttachment>,
    IEntityTypeConfiguration<FeedbackEvent>, IEntityTypeConfiguration<FeedbackCodeCounter>
{
    public void Configure(EntityTypeBuilder<FeedbackCase> feedback)
    {
        feedback.ToTable("FeedbackCases");
        feedback.HasIndex(c => c.Code).IsUnique();
        feedback.HasIndex(c => new { c.Status, c.ReceivedUtc });
        feedback.HasIndex(c => new { c.ContentFingerprint, c.ReceivedUtc });
        feedback.HasIndex(c => new { c.HoldingAgencyId, c.Status });
        feedback.HasIndex(c => c.DuplicateOfId);
        feedback.HasIndex(c => new { c.Status, c.ClosedUtc });
        // Statistics and Open311 ask for the cases received in a period, whatever their status.
        feedback.HasIndex(c => c.ReceivedUtc);
        feedback.Property(c => c.RoutingExplanation).HasMaxLength(500);
        feedback.Property(c => c.Classification).HasConversion<string>().HasMaxLength(30);
        feedback.Property(c => c.AssignedUserId).HasMaxLength(64);
        feedback.Property(c => c.AssignedName).HasMaxLength(256);
        feedback.Property(c => c.ExtensionReason).HasMaxLength(1000);
        feedback.Property(c => c.AnswerDraft).HasMaxLength(20000);
        feedback.Property(c => c.AnswerText).HasMaxLength(20000);
        feedback.Property(c => c.DraftedByUserId).HasMaxLength(64);
        feedback.Property(c => c.DraftedByName).HasMaxLength(256);
        feedback.Property(c => c.ReviewStage).HasConversion<string>().HasMaxLength(20);
        feedback.Property(c => c.Publication).HasConversion<string>().HasMaxLength(20);
        // No foreign key: SQLite can add one to an existing table only by rebuilding it outside a transaction, and a
        // crash then would leave the cases table half migrated. Cases are never deleted, so the link cannot dangle.
        feedback.Property(c => c.Code).HasMaxLength(24);
        feedback.Property(c => c.AccessKeyHash).HasMaxLength(200);
        feedback.Property(c => c.Category).HasMaxLength(40);
        feedback.Property(c => c.ProcedureName).HasMaxLength(300);
        feedback.Property(c => c.Commune).HasMaxLength(150);
        feedback.Property(c => c.Title).HasMaxLength(500);
        feedback.Property(c => c.Content).HasMaxLength(20000);
        feedback.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        feedback.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        feedback.Property(c => c.ReceivedByUserId).HasMaxLength(64);
        feedback.Property(c => c.ReceivedByName).HasMaxLength(256);
        feedback.Property(c => c.ApiClient).HasMaxLength(100);
        feedback.Property(c => c.RatingComment).HasMaxLength(2000);
        feedback.Property(c => c.ContentFingerprint).HasMaxLength(64);
        feedback.Ignore(c => c.IsOpen);
        // Two officials acting on the same case at once: the second is told to reload instead of overwriting.
        feedback.Property(c => c.UpdatedUtc).IsConcurrencyToken();
        feedback.HasOne(c => c.SubjectAgency).WithMany().HasForeignKey(c => c.SubjectAgencyId).OnDelete(DeleteBehavior.Restrict);
        feedback.HasOne(c => c.HoldingAgency).WithMany().HasForeignKey(c => c.HoldingAgencyId).OnDelete(DeleteBehavior.Restrict);
        feedback.OwnsOne(c => c.Sender, sender =>
        {
            // Personal data in a table of its own, so access to it can be granted and purged separately.
            sender.ToTable("FeedbackSenders");
            sender.WithOwner().HasForeignKey(s => s.CaseId);
            sender.HasKey(s => s.CaseId);
            sender.Property(s => s.FullName).HasMaxLength(200);
            sender.Property(s => s.Address).HasMaxLength(400);
            sender.Property(s => s.Phone).HasMaxLength(20);
            sender.Property(s => s.Email).HasMaxLength(200);
            sender.Property(s => s.Organisation).HasMaxLength(300);
            sender.HasIndex(s => s.Phone);
            sender.HasIndex(s => s.Email);
        });
        feedback.Navigation(c => c.Sender).IsRequired();
        feedback.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        feedback.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<FeedbackAttachment> attachment)
    {
        attachment.ToTable("FeedbackAttachments");
        attachment.HasIndex(a => a.StoredName).IsUnique();
        attachment.Property(a => a.FileName).HasMaxLength(255);
        attachment.Property(a => a.StoredName).HasMaxLength(80);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.HasOne(a => a.Event).WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<FeedbackEvent> entry)
    {
        entry.ToTable("FeedbackEvents");
        entry.HasIndex(e => new { e.CaseId, e.OccurredUtc });
        entry.Property(e => e.Type).HasConversion<string>().HasMaxLength(30);
        entry.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(30);
        entry.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        entry.Property(e => e.ActorUserId).HasMaxLength(64);
        entry.Property(e => e.ActorName).HasMaxLength(256);
        entry.Property(e => e.AgencyName).HasMaxLength(300);
        entry.Property(e => e.PublicNote).HasMaxLength(20000);
        entry.Property(e => e.InternalNote).HasMaxLength(20000);
        entry.HasOne<Agencies.Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<FeedbackCodeCounter> counter)
    {
        counter.ToTable("FeedbackCodeCounters");
        counter.HasKey(c => c.Day);
        counter.Property(c => c.Day).HasMaxLength(8);
    }
}

/// <summary>The last number handed out for a day's tracking codes.</summary>
public sealed class FeedbackCodeCounter
{
    public required string Day { get; set; }
    public int Last { get; set; }
}
