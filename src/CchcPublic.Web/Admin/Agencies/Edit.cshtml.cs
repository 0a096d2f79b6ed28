using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Agencies;

public sealed class EditModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AgencyForm Form { get; set; } = new();

    public Agency Agency { get; private set; } = null!;
    public List<SelectListItem> Parents { get; private set; } = [];
    public IReadOnlyList<(Agency Agency, string? Note)> Successors { get; private set; } = [];
    public IReadOnlyList<(Agency Agency, string? Note)> Predecessors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = AgencyForm.From(Agency);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form.Code = Agency.Code;
        ModelState.Remove("Form.Code");
        await Form.ValidateAsync(ModelState, db, id);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Form.ApplyTo(Agency);
        var changed = db.Entry(Agency).Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList();
        if (changed.Count == 0)
        {
            TempData["Message"] = "Không có thay đổi.";
            return RedirectToPage(new { id });
        }
        audit.Record("agency.updated", nameof(Agency), Agency.Code, $"Sửa thông tin {Agency.Name}: {string.Join(", ", changed)}",
            new { changed });
        AgencyChanges.Record(db, Agency, clock);
        await db.SaveChangesAsync();
        TempData["Message"] = "Đã lưu thay đổi.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var agency = await db.Agencies.Include(a => a.Parent).SingleOrDefaultAsync(a => a.Id == id);
        if (agency is null)
        {
            return false;
        }
        Agency = agency;
        Parents = await AgencyFieldsView.ParentOptionsAsync(db, clock, id);
        Successors = (await db.AgencySuccessions.AsNoTracking().Where(s => s.PredecessorId == id).Include(s => s.Successor).ToListAsync())
            .Select(s => (s.Successor!, s.Note)).ToList();
        Predecessors = (await db.AgencySuccessions.AsNoTracking().Where(s => s.SuccessorId == id).Include(s => s.Predecessor).ToListAsync())
            .Select(s => (s.Predecessor!, s.Note)).ToList();
        return true;
    }
}
