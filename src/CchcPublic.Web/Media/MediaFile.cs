using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Media;

public enum MediaKind
{
    Image,
    Pdf,
    Audio,
    Video,
    Captions,
}

/// <summary>A smaller WebP copy of an image, for responsive srcset.</summary>
public sealed record ImageVariant(int Width, int Height, string Path);

public sealed class MediaFile
{
    public int Id { get; set; }
    public MediaKind Kind { get; set; }

    /// <summary>The name it was uploaded with, for people; the stored name is generated.</summary>
    public required string OriginalName { get; set; }

    /// <summary>Relative to the media folder, always with forward slashes; served under /media/.</summary>
    public required string Path { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public string? Alt { get; set; }
    public required string Sha256 { get; set; }
    public List<ImageVariant> Variants { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";

    public string Url => "/media/" + Path;
}

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> media)
    {
        media.HasIndex(m => m.Sha256);
        media.HasIndex(m => new { m.Kind, m.CreatedUtc });
        media.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        media.Property(m => m.OriginalName).HasMaxLength(260);
        media.Property(m => m.Path).HasMaxLength(260);
        media.Property(m => m.ContentType).HasMaxLength(100);
        media.Property(m => m.Alt).HasMaxLength(500);
        media.Property(m => m.Sha256).HasMaxLength(64);
        media.Property(m => m.CreatedBy).HasMaxLength(256);
        media.Property(m => m.Variants).HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            s => JsonSerializer.Deserialize<List<ImageVariant>>(s, (JsonSerializerOptions?)null) ?? new List<ImageVariant>(),
            new ValueComparer<List<ImageVariant>>((a, b) => a!.SequenceEqual(b!), l => l.Count, l => l.ToList()));
    }
}
