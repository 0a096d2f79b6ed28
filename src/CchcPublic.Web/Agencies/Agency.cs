using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Agencies;

public enum AgencyLevel
{
    Province,
    Department,
    ProvincialUnit,
    District,
    DistrictUnit,
    Commune,
}

/// <summary>
/// A unit of the province at some point in time. Units are never deleted: a merger, split or the end of
/// the district level retires them with successors, so old cases and content keep the name they had.
/// </summary>
public sealed class Agency
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public string? EnglishName { get; set; }
    public AgencyLevel Level { get; set; }
    public int? ParentId { get; set; }
    public Agency? Parent { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public List<string> Hotlines { get; set; } = [];
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? ContactOfficial { get; set; }
    public bool ContactVerified { get; set; }
    public bool ReceivesFeedback { get; set; }
    public string? Note { get; set; }
    public DateTime? RetiredUtc { get; set; }
    public string? RetirementReason { get; set; }

    /// <summary>Hash of the definition last read from umbraco-config; a changed file updates the row.</summary>
    public string? ConfigHash { get; set; }

    public List<AgencySuccession> Successors { get; set; } = [];

    public bool IsCurrentOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || ValidTo >= day);
}

public sealed class AgencySuccession
{
    public int PredecessorId { get; set; }
    public Agency? Predecessor { get; set; }
    public int SuccessorId { get; set; }
    public Agency? Successor { get; set; }
    public string? Note { get; set; }

    /// <summary>Subjects this successor takes over ("lao động; việc làm"), to send each open case to the one that fits.</summary>
    public List<string> Keywords { get; set; } = [];
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>, IEntityTypeConfiguration<AgencySuccession>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.HasIndex(a => a.Code).IsUnique();
        agency.HasIndex(a => new { a.Level, a.ValidTo });
        agency.Property(a => a.Code).HasMaxLength(40);
        agency.Property(a => a.Name).HasMaxLength(300);
        agency.Property(a => a.ShortName).HasMaxLength(150);
        agency.Property(a => a.EnglishName).HasMaxLength(300);
        agency.Property(a => a.Level).HasConversion<string>().HasMaxLength(20);
        agency.Property(a => a.Email).HasMaxLength(200);
        agency.Property(a => a.Address).HasMaxLength(400);
        agency.Property(a => a.ContactOfficial).HasMaxLength(200);
        agency.Property(a => a.ConfigHash).HasMaxLength(64);
        StoredAsList(agency.Property(a => a.Hotlines)).HasMaxLength(200);
        agency.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AgencySuccession> succession)
    {
        succession.HasKey(s => new { s.PredecessorId, s.SuccessorId });
        succession.HasOne(s => s.Predecessor).WithMany(a => a.Successors)
            .HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        succession.HasOne(s => s.Successor).WithMany()
            .HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        succession.Property(s => s.Note).HasMaxLength(500);
        StoredAsList(succession.Property(s => s.Keywords)).HasMaxLength(1000);
    }

    /// <summary>A short list of strings in one column, separated by semicolons (one inside a value is stored as a comma).</summary>
    private static PropertyBuilder<List<string>> StoredAsList(PropertyBuilder<List<string>> property) =>
        property.HasConversion(
            list => string.Join(';', list.Select(value => value.Replace(';', ','))),
            text => text.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
                list => list.ToList()));
}
