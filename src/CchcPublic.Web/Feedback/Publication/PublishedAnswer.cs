using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Feedback.Publication;

/// <summary>
/// A question and its answer as the public reads them at /hoi-dap: personal data removed and checked by a person.
/// Kept apart from the case, so nothing public is ever read from the table that holds the sender's identity.
/// </summary>
public sealed class PublishedAnswer
{
    public int Id { get; set; }
    public long CaseId { get; set; }
    public required string Code { get; set; }
    public required string Category { get; set; }
    public int? AgencyId { get; set; }

    /// <summary>The answering agency's name when it answered.</summary>
    public required string AgencyName { get; set; }

    public required string Title { get; set; }
    public required string Question { get; set; }
    public required string Answer { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public DateTime AnsweredUtc { get; set; }
    public DateTime PublishedUtc { get; set; }
    public string PublishedBy { get; set; } = "";
    public DateTime? WithdrawnUtc { get; set; }
    public string? WithdrawalReason { get; set; }
}

internal sealed class PublishedAnswerConfiguration : IEntityTypeConfiguration<PublishedAnswer>
{
    public void Configure(EntityTypeBuilder<PublishedAnswer> answer)
    {
        answer.ToTable("PublishedAnswers");
        answer.HasIndex(a => a.CaseId).IsUnique();
        answer.HasIndex(a => a.Code).IsUnique();
        answer.HasIndex(a => new { a.WithdrawnUtc, a.PublishedUtc });
        answer.Property(a => a.Code).HasMaxLength(24);
        answer.Property(a => a.Category).HasMaxLength(40);
        answer.Property(a => a.AgencyName).HasMaxLength(300);
        answer.Property(a => a.Title).HasMaxLength(500);
        answer.Property(a => a.Question).HasMaxLength(20000);
        answer.Property(a => a.Answer).HasMaxLength(20000);
        answer.Property(a => a.PublishedBy).HasMaxLength(256);
        answer.Property(a => a.WithdrawalReason).HasMaxLength(1000);
        answer.HasOne<FeedbackCase>().WithOne().HasForeignKey<PublishedAnswer>(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        answer.HasOne<Agencies.Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
