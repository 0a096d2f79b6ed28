using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Admin.Settings;

public sealed class IndexModel(SecuritySettings settings) : PageModel
{
    [BindProperty]
    public List<string> RequireTwoFactorRoles { get; set; } = [];

    public async Task OnGetAsync() => RequireTwoFactorRoles = [.. await settings.RolesRequiringTwoFactorAsync()];

    public async Task<IActionResult> OnPostAsync()
    {
        if (RequireTwoFactorRoles.Any(r => !Roles.All.Contains(r)))
        {
            ModelState.AddModelError(nameof(RequireTwoFactorRoles), "Vai trò không hợp lệ.");
            return Page();
        }
        await settings.SetRolesRequiringTwoFactorAsync(RequireTwoFactorRoles);
        TempData["Message"] = "Đã lưu cài đặt bảo mật.";
        return RedirectToPage();
    }
}
