using System.Text.Json;
using CchcPublic.Web.Infrastructure.Data;

namespace CchcPublic.Web.Infrastructure.Auditing;

/// <summary>
/// The one way features describe a state change. The entry joins the caller's unit of work, so it is
/// committed with the change it describes or not at all.
/// </summary>
public sealed class AuditLog(AppDbContext db, AuditActor actor, TimeProvider clock)
{
    public AuditEntry Record(string action, string entityType, string? entityId, string summary, object? details = null)
    {
        var (userId, userName, ip) = actor.Current();
        var entry = new AuditEntry
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary,
            IpAddress = ip,
            Details = details is null ? null : JsonSerializer.Serialize(details),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>For an identity of its own (a sign-in attempt) recorded outside any other change.</summary>
    public AuditEntry RecordAs(string? userId, string userName, string action, string entityType, string? entityId, string summary)
    {
        var entry = Record(action, entityType, entityId, summary);
        entry.UserId = userId;
        entry.UserName = userName;
        return entry;
    }
}
