using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Agencies;

/// <summary>
/// Brings the agency directory in line with umbraco-config/agencies.yaml. A row is written only when its
/// definition in the file changed since the last sync, so edits made in the back office survive restarts
/// until somebody changes that agency in the file.
/// </summary>
public sealed class AgencyConfigSync(AppDbContext db, CchcConfig config, AuditLog audit, TimeProvider clock)
{
    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        var existing = await db.Agencies.Include(a => a.Successors).ToDictionaryAsync(a => a.Code, cancellationToken);
        var changed = new List<(AgencyDefinition Definition, Agency Agency)>();
        foreach (var definition in config.Agencies)
        {
            var hash = Hash(definition);
            if (existing.TryGetValue(definition.Code, out var agency) && agency.ConfigHash == hash)
            {
                continue;
            }
            if (agency is null)
            {
                agency = new Agency { Code = definition.Code, Name = "", ShortName = "" };
                db.Agencies.Add(agency);
                existing[definition.Code] = agency;
            }
            Apply(definition, agency);
            agency.ConfigHash = hash;
            AgencyChanges.Record(db, agency, clock);
            changed.Add((definition, agency));
        }
        if (changed.Count == 0)
        {
            return 0;
        }
        audit.Record("agency.config-sync", nameof(Agency), null,
            $"Đồng bộ {changed.Count} cơ quan từ umbraco-config/agencies.yaml",
            new { codes = changed.Select(c => c.Definition.Code) });
        await db.SaveChangesAsync(cancellationToken);

        // Parents and successors refer to rows that may have been inserted just now.
        foreach (var (definition, agency) in changed)
        {
            agency.ParentId = definition.Parent is { } parent ? existing[parent].Id : null;
            agency.Successors.Clear();
            agency.Successors.AddRange(definition.Successors.Select(s => new AgencySuccession
            {
                PredecessorId = agency.Id,
                SuccessorId = existing[s.Code].Id,
                Note = s.Note,
                Keywords = s.Keywords,
            }));
        }
        audit.Record("agency.config-sync-links", nameof(Agency), null, "Cập nhật quan hệ trực thuộc và kế thừa từ cấu hình");
        await db.SaveChangesAsync(cancellationToken);
        return changed.Count;
    }

    private static void Apply(AgencyDefinition definition, Agency agency)
    {
        agency.Name = definition.Name;
        agency.ShortName = definition.ShortName;
        agency.EnglishName = definition.EnglishName;
        agency.Level = AgencyLevels.Parse(definition.Level)!.Value;
        agency.ValidFrom = definition.ValidFrom;
        agency.ValidTo = definition.ValidTo;
        agency.Hotlines = definition.Hotlines.Select(PhoneFormat.Digits).Where(d => d.Length > 0).ToList();
        agency.Email = definition.Email;
        agency.Address = definition.Address;
        agency.ContactOfficial = definition.ContactOfficial;
        agency.ContactVerified = definition.ContactVerified;
        agency.ReceivesFeedback = definition.ReceivesFeedback;
        agency.Note = definition.Note;
    }

    private static string Hash(AgencyDefinition definition)
    {
        // Line numbers are left out: moving an entry within the file is not a change.
        var json = JsonSerializer.Serialize(new
        {
            definition.Code, definition.Name, definition.ShortName, definition.EnglishName, definition.Level,
            definition.Parent, definition.ValidFrom, definition.ValidTo, definition.Hotlines, definition.Email,
            definition.Address, definition.ContactOfficial, definition.ContactVerified, definition.ReceivesFeedback,
            definition.Note, Successors = definition.Successors.Select(s => new { s.Code, s.Note, s.Keywords }),
        });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..32];
    }
}
