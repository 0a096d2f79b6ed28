using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Infrastructure.Jobs;

/// <summary>Who may run a background job until when. One row per job; several nodes compete for it.</summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    public string Holder { get; set; } = "";
    public DateTime ExpiresUtc { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> lease)
    {
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(100);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}

/// <summary>
/// Claims a job lease with one conditional UPDATE, which both SQLite and PostgreSQL apply atomically:
/// the lease is taken only if it has expired or is already ours, so two nodes never run the same job.
/// </summary>
public sealed class JobLeases(AppDbContext db, TimeProvider clock)
{
    public static readonly string NodeName = Shorten($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    private static string Shorten(string name) => name.Length <= 200 ? name : name[^200..];

    public async Task<bool> TryClaimAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.Set<JobLease>().AnyAsync(l => l.Name == job, cancellationToken))
        {
            // Leases are bookkeeping, not state users see: written without an audit entry on purpose.
            // If another node inserted the row first, nothing happens; the UPDATE below decides who holds it.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO \"JobLeases\" (\"Name\", \"Holder\", \"ExpiresUtc\") VALUES ({job}, '', {DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)}) ON CONFLICT (\"Name\") DO NOTHING",
                cancellationToken);
        }
        var expires = now + duration;
        var claimed = await db.Set<JobLease>()
            .Where(l => l.Name == job && (l.ExpiresUtc < now || l.Holder == holder))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresUtc, expires), cancellationToken);
        return claimed == 1;
    }
}
