using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.Media;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Content;

[RequestSizeLimit(30 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 30 * 1024 * 1024)]
public sealed class EditModel(
    AppDbContext db, CchcConfig config, ContentWorkflow workflow, MediaLibrary media, PreviewLinks previews, TimeProvider clock) : PageModel
{
    [BindProperty] public ContentInput Input { get; set; } = new();
    [BindProperty] public IFormFile? CoverUpload { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateTime? PublishAt { get; set; }
    [BindProperty] public DateTime? UnpublishAt { get; set; }
    [BindProperty] public int? TargetId { get; set; }

    public ContentItem Item { get; private set; } = null!;
    public ContentRevision? Latest { get; private set; }
    public ContentRevision? Live { get; private set; }
    public ContentFormView Form { get; private set; } = null!;
    public string? PreviewUrl { get; private set; }
    public IReadOnlyList<string> ActionErrors { get; private set; } = [];

    public bool Can(ContentAction action) => ContentPermissions.Can(User, action);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = Latest is null ? new ContentInput() : ContentInput.From(Latest);
        Form = await ContentFormView.LoadAsync(db, config, clock, Type, Input);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var saved = await ContentEditing.SaveAsync(workflow, media, ModelState, User, id, Item.Type, Input, CoverUpload);
        if (saved.Ok)
        {
            TempData["Message"] = saved.Changed ? "Đã lưu phiên bản mới." : "Không có thay đổi nào để lưu.";
            return RedirectToPage(new { id });
        }
        Form = await ContentFormView.LoadAsync(db, config, clock, Type, Input);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(int id) => ActAsync(id, "Đã gửi duyệt.", () => workflow.SubmitAsync(User, id));

    public Task<IActionResult> OnPostPublishAsync(int id) => ActAsync(id, PublishAt is null ? "Đã xuất bản." : "Đã hẹn giờ xuất bản.",
        () => workflow.PublishAsync(User, id, Utc(PublishAt), Utc(UnpublishAt), null));

    public Task<IActionResult> OnPostForcePublishAsync(int id) => string.IsNullOrWhiteSpace(Note)
        ? ActAsync(id, "", () => Task.FromResult(WorkflowResult.Fail("Xuất bản khẩn cần ghi lý do.")))
        : ActAsync(id, "Đã xuất bản khẩn; lần xuất bản này chờ một người duyệt khác xem xét.",
            () => workflow.PublishAsync(User, id, Utc(PublishAt), Utc(UnpublishAt), Note));

    public Task<IActionResult> OnPostRejectAsync(int id) => ActAsync(id, "Đã trả lại cho người viết.", () => workflow.RejectAsync(User, id, Note ?? ""));

    public Task<IActionResult> OnPostReviewForceAsync(int id) => ActAsync(id, "Đã ghi nhận xem xét.", () => workflow.ReviewForcePublishAsync(User, id));

    public Task<IActionResult> OnPostWithdrawAsync(int id) => ActAsync(id, "Đã rút lại; trang vẫn hiển thị kèm thông báo.", () => workflow.WithdrawAsync(User, id, Note ?? ""));

    public Task<IActionResult> OnPostRemoveAsync(int id) => ActAsync(id, "Đã gỡ bỏ; địa chỉ trả về 410.", () => workflow.RemoveAsync(User, id, Note ?? ""));

    public Task<IActionResult> OnPostRedirectAsync(int id) => ActAsync(id, "Đã chuyển hướng.", () => workflow.RedirectAsync(User, id, TargetId ?? 0));

    public Task<IActionResult> OnPostUnpublishAsync(int id) => ActAsync(id, "Đã ngừng xuất bản.", () => workflow.UnpublishAsync(User, id));

    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (!await LoadAsync(id) || Latest is null)
        {
            return NotFound();
        }
        if (!Can(ContentAction.Preview))
        {
            return Forbid();
        }
        var (token, _) = await previews.CreateAsync(User, id, Latest.Id);
        PreviewUrl = $"{Request.Scheme}://{Request.Host}/xem-truoc/{token}";
        Input = ContentInput.From(Latest);
        Form = await ContentFormView.LoadAsync(db, config, clock, Type, Input);
        return Page();
    }

    private ContentTypeDefinition Type => config.ContentTypes.First(t => t.Code == Item.Type);

    private async Task<IActionResult> ActAsync(int id, string success, Func<Task<WorkflowResult>> action)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var result = await action();
        if (result.Ok)
        {
            TempData["Message"] = success;
            return RedirectToPage(new { id });
        }
        ActionErrors = result.Errors.Select(e => e.Message).ToList();
        await LoadAsync(id);
        Input = Latest is null ? new ContentInput() : ContentInput.From(Latest);
        ModelState.Clear();
        Form = await ContentFormView.LoadAsync(db, config, clock, Type, Input);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var item = await db.ContentItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return false;
        }
        Item = item;
        var ids = new[] { item.LatestRevisionId, item.LiveRevisionId }.OfType<int>().ToList();
        var revisions = await db.ContentRevisions.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync();
        Latest = revisions.FirstOrDefault(r => r.Id == item.LatestRevisionId);
        Live = revisions.FirstOrDefault(r => r.Id == item.LiveRevisionId);
        return true;
    }

    // Editors type times in Vietnam time; they are stored in UTC.
    private static DateTime? Utc(DateTime? local) =>
        local is { } value ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), VnTime.Zone) : null;
}
