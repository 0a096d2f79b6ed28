using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Content;

/// <summary>An address a document used to have. It names the document, not a URL, so chains cannot form.</summary>
public sealed class SlugRedirect
{
    public int Id { get; set; }
    public required string Section { get; set; }
    public required string Slug { get; set; }
    public int ContentItemId { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// The change feed of everything public, written in the same transaction as the change. Each node's snapshot
/// and search index replay it from their own cursor. A row names exactly one thing: a content item, or an
/// agency (rename, contacts, retirement), or whatever a later feature adds a nullable key for.
/// </summary>
public sealed class ContentChange
{
    public long Id { get; set; }
    public int? ContentItemId { get; set; }
    public int? AgencyId { get; set; }

    /// <summary>Set instead of <see cref="AgencyId"/> while the agency row is being inserted in the same save.</summary>
    public Agencies.Agency? Agency { get; set; }

    /// <summary>A question and answer published at /hoi-dap, or withdrawn from it.</summary>
    public int? PublishedAnswerId { get; set; }
    public DateTime OccurredUtc { get; set; }
}

/// <summary>A secret, expiring link that shows one revision through the public templates.</summary>
public sealed class PreviewLink
{
    public required string Token { get; set; }
    public int RevisionId { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public string CreatedBy { get; set; } = "";
}

internal sealed class ContentRecordsConfiguration :
    IEntityTypeConfiguration<SlugRedirect>, IEntityTypeConfiguration<ContentChange>, IEntityTypeConfiguration<PreviewLink>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> redirect)
    {
        redirect.HasIndex(r => new { r.Section, r.Slug }).IsUnique();
        redirect.HasIndex(r => r.ContentItemId);
        redirect.Property(r => r.Section).HasMaxLength(60);
        redirect.Property(r => r.Slug).HasMaxLength(120);
    }

    public void Configure(EntityTypeBuilder<ContentChange> change)
    {
        change.HasIndex(c => c.ContentItemId);
        change.HasOne(c => c.Agency).WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PreviewLink> link)
    {
        link.HasKey(l => l.Token);
        link.Property(l => l.Token).HasMaxLength(64);
        link.Property(l => l.CreatedBy).HasMaxLength(256);
    }
}
