using System.Security.Cryptography;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin;

/// <summary>Creates the roles and, on a fresh database, the first administrator; also backs the create-admin verb.</summary>
public sealed class FirstAdministrator(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, CchcOptions options, AuditLog audit, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                audit.Record("role.created", "Role", role, $"Tạo vai trò {Roles.DisplayName(role)}");
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Returns the generated password when one had to be made up, so it can be shown once.</summary>
    public async Task<string?> EnsureAsync()
    {
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return null;
        }
        var (_, generated, errors) = await CreateOrResetAsync(options.Admin.Email, options.Admin.Password, "Quản trị hệ thống");
        return errors.Count > 0
            ? throw new InvalidOperationException("Không tạo được quản trị viên đầu tiên: " + string.Join(" ", errors))
            : generated;
    }

    public async Task<(AppUser? User, string? GeneratedPassword, IReadOnlyList<string> Errors)> CreateOrResetAsync(
        string email, string? password, string fullName)
    {
        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        password ??= generated!;
        var user = await users.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == users.NormalizeEmail(email));
        IdentityResult result;
        if (user is null)
        {
            user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FullName = fullName,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            audit.Record("user.created", nameof(AppUser), email, $"Tạo quản trị viên {email}");
            result = await users.CreateAsync(user, password);
        }
        else
        {
            audit.Record("user.password-reset", nameof(AppUser), email, $"Đặt lại mật khẩu quản trị viên {email}");
            user.IsDisabled = false;
            user.LockoutEnd = null;
            var token = await users.GeneratePasswordResetTokenAsync(user);
            result = await users.ResetPasswordAsync(user, token, password);
        }
        if (result.Succeeded && !await users.IsInRoleAsync(user, Roles.Administrator))
        {
            audit.Record("user.roles-changed", nameof(AppUser), email, $"Gán vai trò {Roles.DisplayName(Roles.Administrator)} cho {email}");
            result = await users.AddToRoleAsync(user, Roles.Administrator);
        }
        return result.Succeeded
            ? (user, generated, [])
            : (null, null, result.Errors.Select(e => e.Description).ToList());
    }

    // 20 characters from an alphabet without look-alikes; always passes the password policy.
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 18).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        return new string(chars.ToArray()) + RandomNumberGenerator.GetInt32(10) + "a";
    }
}
