using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Media;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Admin.Content;

[RequestSizeLimit(30 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 30 * 1024 * 1024)]
public sealed class CreateModel(AppDbContext db, CchcConfig config, ContentWorkflow workflow, MediaLibrary media, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "loai")] public string? TypeCode { get; set; }
    [BindProperty] public ContentInput Input { get; set; } = new();
    [BindProperty] public IFormFile? CoverUpload { get; set; }

    public ContentFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (config.ContentTypes.FirstOrDefault(t => t.Code == TypeCode) is not { } type)
        {
            return NotFound();
        }
        Form = await ContentFormView.LoadAsync(db, config, clock, type, Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (config.ContentTypes.FirstOrDefault(t => t.Code == TypeCode) is not { } type)
        {
            return NotFound();
        }
        var saved = await ContentEditing.SaveAsync(workflow, media, ModelState, User, null, type.Code, Input, CoverUpload);
        if (saved.Ok)
        {
            TempData["Message"] = "Đã lưu bản nháp.";
            return RedirectToPage("/Admin/Content/Edit", new { id = saved.ItemId });
        }
        Form = await ContentFormView.LoadAsync(db, config, clock, type, Input);
        return Page();
    }
}
