using System.Text.Json;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CchcPublic.Web.Infrastructure.Data;

/// <summary>
/// Two promises kept below every feature: every string reaches the database as NFC, and no change is
/// committed without an audit entry. Features record meaningful entries through <see cref="AuditLog"/>;
/// a save that carries none gets a generic entry per changed row, naming the columns but not their values.
/// </summary>
public sealed class SaveChangesGuards(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> UnauditedTypes = ["IdentityUserToken`1"];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<System.Data.Common.DbTransaction, object> AuditedTransactions = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in changed.Where(e => e.State != EntityState.Deleted))
        {
            NormalizeStrings(entry);
        }
        // A feature's own entry covers its whole transaction, including saves that only set keys.
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        if (changed.Any(e => e.Entity is AuditEntry))
        {
            if (transaction is not null)
            {
                AuditedTransactions.AddOrUpdate(transaction, this);
            }
            return;
        }
        if (transaction is not null && AuditedTransactions.TryGetValue(transaction, out _))
        {
            return;
        }
        var (userId, userName, ip) = actor.Current();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in changed.Where(e => !UnauditedTypes.Contains(e.Metadata.ClrType.Name)))
        {
            context.Add(new AuditEntry
            {
                OccurredUtc = now,
                UserId = userId,
                UserName = userName,
                Action = entry.State switch
                {
                    EntityState.Added => "entity.added",
                    EntityState.Deleted => "entity.deleted",
                    _ => "entity.modified",
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Summary = $"{entry.Metadata.ClrType.Name} {KeyOf(entry)}",
                IpAddress = ip,
                Details = JsonSerializer.Serialize(new
                {
                    columns = entry.Properties.Where(p => p.IsModified || entry.State != EntityState.Modified)
                        .Select(p => p.Metadata.Name),
                }),
            });
        }
    }

    private static void NormalizeStrings(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is string text && Nfc.Normalize(text) is var normalized && !ReferenceEquals(text, normalized))
            {
                property.CurrentValue = normalized;
            }
        }
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue) ?? []);
}
