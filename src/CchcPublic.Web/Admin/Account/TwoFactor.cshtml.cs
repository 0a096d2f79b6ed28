using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace CchcPublic.Web.Admin.Account;

/// <summary>Turns authenticator-app two-factor sign-in on or off for the signed-in user.</summary>
[AllowWithoutTwoFactor]
public sealed class TwoFactorModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, SecuritySettings settings, AuditLog audit, SiteSettings site) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mã 6 chữ số từ ứng dụng xác thực.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Mã gồm 6 chữ số.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "batBuoc")]
    public int Required { get; set; }

    public bool Enabled { get; private set; }
    public bool MandatoryForUser { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(await CurrentUserAsync());

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return await LoadAsync(user);
        }
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider,
            Code.Replace(" ", "", StringComparison.Ordinal));
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), "Mã xác thực không đúng. Kiểm tra giờ trên điện thoại rồi thử lại.");
            return await LoadAsync(user);
        }
        audit.Record("user.2fa-enabled", nameof(AppUser), user.Email, "Bật xác thực hai bước");
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Đã bật xác thực hai bước.";
        return await LoadAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await CurrentUserAsync();
        if (await IsMandatoryAsync(user))
        {
            TempData["Message"] = "Vai trò của bạn bắt buộc xác thực hai bước; không thể tắt.";
            return RedirectToPage();
        }
        audit.Record("user.2fa-disabled", nameof(AppUser), user.Email, "Tắt xác thực hai bước");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Đã tắt xác thực hai bước.";
        return RedirectToPage();
    }

    private async Task<AppUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Phiên đăng nhập không còn hợp lệ.");

    private async Task<bool> IsMandatoryAsync(AppUser user)
    {
        var required = await settings.RolesRequiringTwoFactorAsync();
        return (await users.GetRolesAsync(user)).Any(required.Contains);
    }

    private async Task<PageResult> LoadAsync(AppUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        MandatoryForUser = await IsMandatoryAsync(user);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                audit.Record("user.2fa-key-created", nameof(AppUser), user.Email, "Tạo khóa cho ứng dụng xác thực");
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            }
            SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLower(CultureInfo.InvariantCulture);
            var uri = $"otpauth://totp/{Uri.EscapeDataString("CCHC Quảng Ngãi")}:{Uri.EscapeDataString(user.Email ?? "")}" +
                      $"?secret={key}&issuer={Uri.EscapeDataString(site.Name)}&digits=6";
            using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        }
        return Page();
    }
}
