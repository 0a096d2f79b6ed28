using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Content;

/// <summary>
/// Where a document stands. Draft, InReview and Scheduled describe the newest revision; an item that was
/// published keeps its live revision online meanwhile.
/// </summary>
public enum ContentStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Withdrawn,
    Removed,
    Redirected,
}

/// <summary>
/// A document: its identity, public address and workflow state. What it says lives in immutable
/// <see cref="ContentRevision"/>s; the item points at the live one and the newest one.
/// </summary>
public sealed class ContentItem
{
    public int Id { get; set; }
    public required string Type { get; set; }
    public required string Section { get; set; }

    /// <summary>The public slug: the live revision's once published, the newest revision's before that.</summary>
    public required string Slug { get; set; }
    public ContentStatus Status { get; set; }

    // Copied from the newest revision so back-office lists never read revisions.
    public string Title { get; set; } = "";
    public int? AgencyId { get; set; }

    public int? LiveRevisionId { get; set; }
    public int? LatestRevisionId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? FirstPublishedUtc { get; set; }
    public DateTime? LivePublishedUtc { get; set; }
    public DateTime? PublishAtUtc { get; set; }
    public DateTime? UnpublishAtUtc { get; set; }
    public DateTime? StatusChangedUtc { get; set; }

    /// <summary>Set while the item is withdrawn: it stays visible with a dated notice and <see cref="StatusNote"/>.</summary>
    public DateTime? WithdrawnUtc { get; set; }

    /// <summary>Why it was withdrawn, removed or sent back; shown to the public for withdrawals and removals.</summary>
    public string? StatusNote { get; set; }
    public int? RedirectToId { get; set; }

    // Two-person rule escape hatch: a publisher approving their own revision must say why, and it stays
    // flagged until another publisher has looked at it.
    public string? ForcePublishReason { get; set; }
    public string? ForcePublishedBy { get; set; }
    public string? ForcePublishReviewedBy { get; set; }

    public bool AwaitsForcePublishReview => ForcePublishReason is not null && ForcePublishReviewedBy is null;

    public bool IsPublic => LiveRevisionId is not null && Status is not (ContentStatus.Removed or ContentStatus.Redirected);
}

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> item)
    {
        item.HasIndex(i => new { i.Section, i.Slug }).IsUnique();
        // Keyset paging of the back-office list: newest first, optionally within a type or status.
        item.HasIndex(i => new { i.UpdatedUtc, i.Id });
        item.HasIndex(i => new { i.Type, i.UpdatedUtc, i.Id });
        item.HasIndex(i => new { i.Status, i.UpdatedUtc, i.Id });
        item.HasIndex(i => new { i.Status, i.PublishAtUtc });
        item.HasIndex(i => i.UnpublishAtUtc);
        item.Property(i => i.Type).HasMaxLength(40);
        item.Property(i => i.Section).HasMaxLength(60);
        item.Property(i => i.Slug).HasMaxLength(120);
        item.Property(i => i.Title).HasMaxLength(300);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.StatusNote).HasMaxLength(2000);
        item.Property(i => i.ForcePublishReason).HasMaxLength(2000);
        item.Property(i => i.ForcePublishedBy).HasMaxLength(256);
        item.Property(i => i.ForcePublishReviewedBy).HasMaxLength(256);
    }
}
