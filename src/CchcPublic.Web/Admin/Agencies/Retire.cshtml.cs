using System.ComponentModel.DataAnnotations;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Agencies;

public sealed class RetireModel(AppDbContext db, AgencyRetirement retirement, TimeProvider clock) : PageModel
{
    public const int SuccessorSlots = 4;

    [BindProperty]
    public RetireForm Form { get; set; } = new();

    public Agency Agency { get; private set; } = null!;
    public List<SelectListItem> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form.LastDay = VnTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var successors = Form.Successors.Take(SuccessorSlots)
            .Where(s => s.AgencyId is not null)
            .Select(s => new SuccessorChoice(s.AgencyId!.Value, s.Note,
                (s.Keywords ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();
        var errors = await retirement.RetireAsync(id, Form.LastDay!.Value, successors, Form.Reason ?? "");
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError("", error);
            }
            return Page();
        }
        TempData["Message"] = $"Đã ghi nhận giải thể, sáp nhập {Agency.Name}.";
        return RedirectToPage("/Admin/Agencies/Edit", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (agency is null)
        {
            return false;
        }
        Agency = agency;
        Candidates = await AgencyFieldsView.ParentOptionsAsync(db, clock, id);
        Candidates[0] = new SelectListItem("— Chọn cơ quan kế thừa —", "");
        while (Form.Successors.Count < SuccessorSlots)
        {
            Form.Successors.Add(new SuccessorInput());
        }
        return true;
    }

    public sealed class RetireForm
    {
        [Required(ErrorMessage = "Vui lòng chọn ngày cuối cùng cơ quan hoạt động.")]
        [Display(Name = "Ngày cuối cùng hoạt động")]
        public DateOnly? LastDay { get; set; }

        [Required(ErrorMessage = "Vui lòng ghi lý do và căn cứ.")]
        [StringLength(1000, ErrorMessage = "Tối đa 1000 ký tự.")]
        [Display(Name = "Lý do, căn cứ (số quyết định, nghị quyết)")]
        public string? Reason { get; set; }

        public List<SuccessorInput> Successors { get; set; } = [];
    }

    public sealed class SuccessorInput
    {
        public int? AgencyId { get; set; }

        [StringLength(500, ErrorMessage = "Tối đa 500 ký tự.")]
        public string? Note { get; set; }
        public string? Keywords { get; set; }
    }
}
