using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Public;

/// <summary>The A- / A / A+ and contrast buttons: store the choice and go back to the page the reader was on.</summary>
public sealed class DisplayModel : PageModel
{
    public IActionResult OnGet([FromQuery(Name = "co-chu")] int? step, [FromQuery(Name = "tuong-phan")] int? contrast,
        [FromQuery(Name = "ve")] string? back)
    {
        var current = DisplayPreferences.From(HttpContext);
        var next = current with
        {
            TextStep = step is { } s ? Math.Clamp(s, DisplayPreferences.MinStep, DisplayPreferences.MaxStep) : current.TextStep,
            HighContrast = contrast is { } c ? c == 1 : current.HighContrast,
        };
        next.Save(HttpContext);
        return LocalRedirect(back is { Length: > 0 } && Url.IsLocalUrl(back) ? back : "/");
    }
}
