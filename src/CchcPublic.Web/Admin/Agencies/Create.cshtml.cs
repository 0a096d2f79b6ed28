using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CchcPublic.Web.Admin.Agencies;

public sealed class CreateModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AgencyForm Form { get; set; } = new();

    public List<SelectListItem> Parents { get; private set; } = [];

    public async Task OnGetAsync() => Parents = await AgencyFieldsView.ParentOptionsAsync(db, clock, null);

    public async Task<IActionResult> OnPostAsync()
    {
        await Form.ValidateAsync(ModelState, db, null);
        if (!ModelState.IsValid)
        {
            Parents = await AgencyFieldsView.ParentOptionsAsync(db, clock, null);
            return Page();
        }
        var agency = new Agency { Code = Form.Code, Name = "", ShortName = "" };
        Form.ApplyTo(agency);
        db.Agencies.Add(agency);
        AgencyChanges.Record(db, agency, clock);
        audit.Record("agency.created", nameof(Agency), agency.Code, $"Thêm cơ quan {agency.Name}");
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã thêm {agency.Name}.";
        return RedirectToPage("/Admin/Agencies/Edit", new { id = agency.Id });
    }
}
