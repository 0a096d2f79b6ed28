using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Media;
using CchcPublic.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Media;

[RequestSizeLimit(MediaSniffer.LargestAllowed + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaSniffer.LargestAllowed + 1024 * 1024)]
public sealed class IndexModel(AppDbContext db, MediaLibrary library) : PageModel
{
    private const int PageSize = 40;

    [BindProperty(SupportsGet = true, Name = "loai")] public MediaKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Alt { get; set; }

    public IReadOnlyList<MediaFile> Files { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), "Vui lòng chọn tệp.");
        }
        else
        {
            await using var stream = Upload.OpenReadStream();
            var (media, error) = await library.UploadAsync(stream, Upload.FileName, Alt);
            if (media is not null)
            {
                TempData["Message"] = $"Đã tải lên {media.OriginalName} (mã tệp {media.Id}).";
                return RedirectToPage();
            }
            ModelState.AddModelError(nameof(Upload), error!);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var files = db.MediaFiles.AsNoTracking();
        if (Kind is { } kind)
        {
            files = files.Where(f => f.Kind == kind);
        }
        var page = Pager.Clamp(PageNumber);
        Pager = new Pager(Request, page, PageSize, await files.CountAsync());
        Files = await files.OrderByDescending(f => f.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
