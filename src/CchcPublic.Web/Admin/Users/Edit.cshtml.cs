using System.Security.Cryptography;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Users;

public sealed class EditModel(UserManager<AppUser> users, AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UserForm Form { get; set; } = new();

    public AppUser Account { get; private set; } = null!;
    public List<SelectListItem> Agencies { get; private set; } = [];
    public string? NewPassword { get; private set; }
    public bool IsSelf => Account.Id == users.GetUserId(User);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = new UserForm { FullName = Account.FullName, AgencyId = Account.AgencyId, Roles = [.. await users.GetRolesAsync(Account)] };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await Form.ValidateAsync(ModelState, db, clock);
        if (IsSelf && !Form.Roles.Contains(Roles.Administrator))
        {
            ModelState.AddModelError("Form.Roles", "Bạn không thể tự bỏ vai trò quản trị của chính mình.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var current = await users.GetRolesAsync(Account);
        var added = Form.Roles.Except(current).ToList();
        var removed = current.Except(Form.Roles).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync();
        audit.Record("user.updated", nameof(AppUser), Account.Email,
            $"Cập nhật tài khoản {Account.Email}: vai trò {string.Join(", ", Form.Roles.Select(Roles.DisplayName))}",
            new { added, removed, agencyId = Form.AgencyId });
        Account.FullName = Form.FullName.Trim();
        Account.AgencyId = Form.AgencyId;
        var result = await users.UpdateAsync(Account);
        if (result.Succeeded && added.Count > 0) result = await users.AddToRolesAsync(Account, added);
        if (result.Succeeded && removed.Count > 0) result = await users.RemoveFromRolesAsync(Account, removed);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(Account);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }
        await transaction.CommitAsync();
        TempData["Message"] = "Đã lưu thay đổi.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostDisableAsync(string id) => ChangeAsync(id, "user.disabled", "Vô hiệu hóa tài khoản", user =>
    {
        user.IsDisabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
    });

    public Task<IActionResult> OnPostEnableAsync(string id) => ChangeAsync(id, "user.enabled", "Kích hoạt lại tài khoản", user =>
    {
        user.IsDisabled = false;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
    });

    public Task<IActionResult> OnPostUnlockAsync(string id) => ChangeAsync(id, "user.unlocked", "Mở khóa đăng nhập", user =>
    {
        user.LockoutEnd = user.IsDisabled ? DateTimeOffset.MaxValue : null;
        user.AccessFailedCount = 0;
    });

    public async Task<IActionResult> OnPostResetPasswordAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "7a";
        audit.Record("user.password-reset", nameof(AppUser), Account.Email, $"Đặt lại mật khẩu cho {Account.Email}");
        var token = await users.GeneratePasswordResetTokenAsync(Account);
        var result = await users.ResetPasswordAsync(Account, token, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }
        NewPassword = password;
        Form = new UserForm { FullName = Account.FullName, AgencyId = Account.AgencyId, Roles = [.. await users.GetRolesAsync(Account)] };
        return Page();
    }

    private async Task<IActionResult> ChangeAsync(string id, string action, string summary, Action<AppUser> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (IsSelf && action == "user.disabled")
        {
            TempData["Message"] = "Bạn không thể tự vô hiệu hóa tài khoản của mình.";
            return RedirectToPage(new { id });
        }
        audit.Record(action, nameof(AppUser), Account.Email, $"{summary}: {Account.Email}");
        change(Account);
        await users.UpdateSecurityStampAsync(Account);
        TempData["Message"] = summary + ".";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await db.Users.Include(u => u.Agency).SingleOrDefaultAsync(u => u.Id == id);
        if (account is null)
        {
            return false;
        }
        Account = account;
        Agencies = await UserForm.AgencyOptionsAsync(db, clock);
        return true;
    }
}
