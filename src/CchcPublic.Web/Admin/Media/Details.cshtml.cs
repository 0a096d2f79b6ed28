using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Media;

public sealed class DetailsModel(AppDbContext db, MediaLibrary library) : PageModel
{
    public MediaFile Media { get; private set; } = null!;
    public IReadOnlyList<MediaUse> Uses { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var error = await library.DeleteAsync(id);
        if (error is null)
        {
            TempData["Message"] = "Đã xóa tệp.";
            return RedirectToPage("/Admin/Media/Index");
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Error = error;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var file = await db.MediaFiles.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (file is null)
        {
            return false;
        }
        Media = file;
        Uses = await library.UsesAsync(id);
        return true;
    }
}
