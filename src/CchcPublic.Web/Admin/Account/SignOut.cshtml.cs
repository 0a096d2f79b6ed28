using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Admin.Account;

[AllowWithoutTwoFactor]
public sealed class SignOutModel(SignInManager<AppUser> signIn, AuditLog audit, AppDbContext db) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        audit.Record("auth.signed-out", nameof(AppUser), User.Identity?.Name, "Đăng xuất");
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
        return Redirect("/quan-tri/dang-nhap");
    }
}
