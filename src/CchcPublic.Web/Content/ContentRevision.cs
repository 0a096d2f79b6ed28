using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Content;

/// <summary>What a document said at one save. Never changed after it is written; rollback copies it forward.</summary>
public sealed class ContentRevision
{
    public int Id { get; set; }
    public int ContentItemId { get; set; }
    public int Number { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string? ChangeNote { get; set; }

    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string? Summary { get; set; }
    public string Body { get; set; } = "";
    public int? CoverMediaId { get; set; }
    public string? CoverAlt { get; set; }
    public List<string> Themes { get; set; } = [];
    public int? AgencyId { get; set; }
    public string? PlanTask { get; set; }
    public List<string> Tags { get; set; } = [];
    public DateOnly? PublishDate { get; set; }

    /// <summary>The type's own fields (content-types.yaml), as text keyed by field name.</summary>
    public Dictionary<string, string> Fields { get; set; } = [];

    public string? Field(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

/// <summary>Which media files a revision refers to; written with the revision, for "where is this file used".</summary>
public sealed class RevisionMedia
{
    public int RevisionId { get; set; }
    public int MediaId { get; set; }
}

internal sealed class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>, IEntityTypeConfiguration<RevisionMedia>
{
    private static readonly ValueComparer<List<string>> ListComparer = new(
        (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), l => l.ToList());

    private static readonly ValueComparer<Dictionary<string, string>> MapComparer = new(
        (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
        d => d.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key.GetHashCode(StringComparison.Ordinal))),
        d => new Dictionary<string, string>(d));

    public void Configure(EntityTypeBuilder<ContentRevision> revision)
    {
        revision.HasIndex(r => new { r.ContentItemId, r.Number }).IsUnique();
        revision.Property(r => r.Title).HasMaxLength(300);
        revision.Property(r => r.Slug).HasMaxLength(120);
        revision.Property(r => r.AuthorId).HasMaxLength(64);
        revision.Property(r => r.AuthorName).HasMaxLength(256);
        revision.Property(r => r.ChangeNote).HasMaxLength(500);
        revision.Property(r => r.Summary).HasMaxLength(1000);
        revision.Property(r => r.CoverAlt).HasMaxLength(500);
        revision.Property(r => r.PlanTask).HasMaxLength(40);
        revision.Property(r => r.Themes).HasConversion(l => string.Join(',', l), s => s.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(), ListComparer).HasMaxLength(400);
        revision.Property(r => r.Tags).HasConversion(l => string.Join('|', l), s => s.Split('|', StringSplitOptions.RemoveEmptyEntries).ToList(), ListComparer).HasMaxLength(1000);
        revision.Property(r => r.Fields).HasConversion(
            d => JsonSerializer.Serialize(d, (JsonSerializerOptions?)null),
            s => JsonSerializer.Deserialize<Dictionary<string, string>>(s, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
            MapComparer);
        revision.HasOne<ContentItem>().WithMany().HasForeignKey(r => r.ContentItemId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<RevisionMedia> link)
    {
        link.HasKey(l => new { l.RevisionId, l.MediaId });
        link.HasIndex(l => l.MediaId);
    }
}
