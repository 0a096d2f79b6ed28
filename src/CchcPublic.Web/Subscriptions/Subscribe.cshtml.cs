using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CchcPublic.Web.Subscriptions;

[EnableRateLimiting(SubscriptionsExtensions.RateLimit)]
public sealed class SubscribeModel(BulletinSubscriptions subscriptions) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập địa chỉ email.")]
    [EmailAddress(ErrorMessage = "Địa chỉ email không hợp lệ.")]
    [StringLength(254, ErrorMessage = "Địa chỉ email quá dài.")]
    [Display(Name = "Địa chỉ email")]
    public string Email { get; set; } = "";

    [BindProperty]
    public bool Consent { get; set; }

    /// <summary>Hidden from people; bots fill it in.</summary>
    [BindProperty(Name = "website")]
    public string? Trap { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Consent)
        {
            ModelState.AddModelError(nameof(Consent), "Vui lòng đánh dấu đồng ý để chúng tôi dùng email này gửi bản tin.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (string.IsNullOrEmpty(Trap))
        {
            await subscriptions.SubscribeAsync(Email, subscriptions.BaseUrl(Request), cancellationToken);
        }
        Sent = true;
        return Page();
    }
}
