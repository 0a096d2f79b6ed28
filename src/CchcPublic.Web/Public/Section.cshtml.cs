using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Public;

/// <summary>
/// A service whose feature has not shipped yet: it says so plainly instead of a 404, and points
/// to the hotline. Each feature replaces its address with its own page.
/// </summary>
public sealed class SectionModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public IActionResult OnGet(string section)
    {
        (Heading, Message) = section switch
        {
            "hoi-dap" => ("Hỏi đáp", "Chưa có câu trả lời nào được công khai."),
            _ => ("", ""),
        };
        return Heading.Length == 0 ? NotFound() : Page();
    }
}
