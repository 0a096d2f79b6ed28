using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Content;

public sealed class HistoryModel(AppDbContext db, CchcConfig config, ContentWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")] public int? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den")] public int? To { get; set; }

    public ContentItem Item { get; private set; } = null!;
    public IReadOnlyList<ContentRevision> Revisions { get; private set; } = [];
    public IReadOnlyList<DiffLine>? Diff { get; private set; }
    public (int From, int To) Compared { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var type = config.ContentTypes.First(t => t.Code == Item.Type);
        var from = Revisions.FirstOrDefault(r => r.Number == From) ?? (Revisions.Count > 1 ? Revisions[1] : null);
        var to = Revisions.FirstOrDefault(r => r.Number == To) ?? Revisions.FirstOrDefault();
        if (from is not null && to is not null)
        {
            Diff = RevisionDiff.Between(type, from, to);
            Compared = (from.Number, to.Number);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int id, int revisionId)
    {
        var result = await workflow.RollbackAsync(User, id, revisionId);
        if (result.Ok)
        {
            TempData["Message"] = "Đã tạo phiên bản mới từ phiên bản cũ; cần duyệt lại để xuất bản.";
            return RedirectToPage("/Admin/Content/Edit", new { id });
        }
        await LoadAsync(id);
        Error = string.Join(" ", result.Errors.Select(e => e.Message));
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
        Revisions = await db.ContentRevisions.AsNoTracking().Where(r => r.ContentItemId == id).OrderByDescending(r => r.Number).ToListAsync();
        return true;
    }
}
