using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Admin.Feedback.Privacy;

/// <summary>A sender's request to see or erase their data, handled by an administrator.</summary>
public sealed class IndexModel(SenderData senders, AppDbContext db) : PageModel
{
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<SenderCase>? Cases { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostFindAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (SenderData.Normalise(Contact) is (null, null))
        {
            Error = "Vui lòng nhập số điện thoại hoặc email của người gửi.";
            return Page();
        }
        Cases = await senders.FindAsync(Contact, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        var actor = await CaseActor.FromAsync(User, db, ct);
        var json = await senders.ExportAsync(Contact, actor.Name, ct);
        if (json is null)
        {
            Error = "Không có hồ sơ nào của số điện thoại hoặc email này.";
            return Page();
        }
        Response.Headers.CacheControl = "no-store";
        return File(json, "application/json; charset=utf-8", "du-lieu-ca-nhan-pakn.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        var actor = await CaseActor.FromAsync(User, db, ct);
        var (count, error) = await senders.EraseAsync(Contact, Reason, actor, ct);
        if (error is not null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Message = $"Đã xóa dữ liệu cá nhân trong {count} hồ sơ.";
        return RedirectToPage();
    }
}
