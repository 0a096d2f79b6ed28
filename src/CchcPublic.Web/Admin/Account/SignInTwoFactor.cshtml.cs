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
public sealed class SignInTwoFactorModel(SignInManager<AppUser> signIn, AuditLog audit, AppDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mã 6 chữ số từ ứng dụng xác thực, hoặc một mã dự phòng.")]
    [RegularExpression(@"^\s*(\d{3}\s?\d{3}|[A-Za-z0-9]{5}-[A-Za-z0-9]{5})\s*$",
        ErrorMessage = "Mã xác thực gồm 6 chữ số; mã dự phòng có dạng XXXXX-XXXXX.")]
    [Display(Name = "Mã xác thực hoặc mã dự phòng")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Admin/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Admin/Account/SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal);
        var usesRecoveryCode = code.Contains('-', StringComparison.Ordinal);
        var result = usesRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, false, false);
        var (action, summary) = result.Succeeded && usesRecoveryCode ? ("auth.signed-in", "Đăng nhập thành công bằng mã dự phòng")
            : result.Succeeded ? ("auth.signed-in", "Đăng nhập thành công (xác thực hai bước)")
            : result.IsLockedOut ? ("auth.locked-out", "Tài khoản bị tạm khóa do nhập sai mã xác thực nhiều lần")
            : ("auth.sign-in-failed", "Sai mã xác thực hai bước");
        audit.RecordAs(user.Id, user.Email ?? "", action, nameof(AppUser), user.Email, summary);
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is { Length: > 0 } && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/quan-tri");
        }
        Error = result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Mã xác thực không đúng hoặc đã hết hạn.";
        return Page();
    }
}
