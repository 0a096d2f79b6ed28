using System.ComponentModel.DataAnnotations;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CchcPublic.Web.Admin.Account;

[EnableRateLimiting(InfrastructureExtensions.SignInRateLimit)]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit, AppDbContext db) : PageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Form.Email);
        if (user is null || user.IsDisabled)
        {
            await RecordAsync(user, "auth.sign-in-failed", user is null ? "Đăng nhập thất bại: email không tồn tại" : "Đăng nhập bị từ chối: tài khoản đã vô hiệu hóa");
            Error = "Email hoặc mật khẩu không đúng.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await RecordAsync(user, "auth.signed-in", "Đăng nhập thành công");
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Admin/Account/SignInTwoFactor", new { ReturnUrl = SafeReturnUrl });
        }
        if (result.IsLockedOut)
        {
            await RecordAsync(user, "auth.locked-out", "Tài khoản bị tạm khóa do đăng nhập sai nhiều lần");
            Error = "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị viên.";
            return Page();
        }
        await RecordAsync(user, "auth.sign-in-failed", "Đăng nhập thất bại: sai mật khẩu");
        Error = "Email hoặc mật khẩu không đúng.";
        return Page();
    }

    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/quan-tri";

    private async Task RecordAsync(AppUser? user, string action, string summary)
    {
        audit.RecordAs(user?.Id, user?.Email ?? Form.Email, action, nameof(AppUser), user?.Email ?? Form.Email, summary);
        await db.SaveChangesAsync();
    }

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "Vui lòng nhập email.")]
        [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
        [StringLength(256, ErrorMessage = "Email quá dài.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = "";
    }
}
