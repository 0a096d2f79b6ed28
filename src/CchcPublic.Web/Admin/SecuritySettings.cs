using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin;

/// <summary>Run-time security settings an administrator changes in the back office.</summary>
public sealed class SecuritySettings(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string RequireTwoFactorRolesKey = "security.require-2fa-roles";

    public async Task<IReadOnlySet<string>> RolesRequiringTwoFactorAsync(CancellationToken cancellationToken = default)
    {
        var value = await db.Settings.AsNoTracking().Where(s => s.Key == RequireTwoFactorRolesKey)
            .Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        return (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Where(Roles.All.Contains).ToHashSet();
    }

    public async Task SetRolesRequiringTwoFactorAsync(IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
        var chosen = roles.Where(Roles.All.Contains).Distinct().Order().ToList();
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == RequireTwoFactorRolesKey, cancellationToken);
        if (setting is null)
        {
            setting = new Setting { Key = RequireTwoFactorRolesKey, Value = "" };
            db.Settings.Add(setting);
        }
        setting.Value = string.Join(',', chosen);
        setting.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("settings.require-2fa", nameof(Setting), RequireTwoFactorRolesKey,
            chosen.Count == 0
                ? "Bỏ yêu cầu bắt buộc xác thực hai bước"
                : "Bắt buộc xác thực hai bước cho: " + string.Join(", ", chosen.Select(Roles.DisplayName)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
