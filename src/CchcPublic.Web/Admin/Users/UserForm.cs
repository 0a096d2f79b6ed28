using System.ComponentModel.DataAnnotations;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Users;

/// <summary>Fields shared by the create and edit pages, and the checks that need the database.</summary>
public class UserForm
{
    [Required(ErrorMessage = "Vui lòng nhập họ tên.")]
    [StringLength(200, ErrorMessage = "Họ tên tối đa 200 ký tự.")]
    [Display(Name = "Họ và tên")]
    public string FullName { get; set; } = "";

    [Display(Name = "Vai trò")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Cơ quan")]
    public int? AgencyId { get; set; }

    public async Task ValidateAsync(ModelStateDictionary state, AppDbContext db, TimeProvider clock)
    {
        if (Roles.Count == 0)
            state.AddModelError("Form.Roles", "Chọn ít nhất một vai trò.");
        if (Roles.Any(r => !Admin.Roles.All.Contains(r)))
            state.AddModelError("Form.Roles", "Vai trò không hợp lệ.");
        if (Roles.Any(Admin.Roles.AgencyBound.Contains) && AgencyId is null)
            state.AddModelError("Form.AgencyId", "Cán bộ xử lý của cơ quan phải thuộc một cơ quan.");
        if (AgencyId is { } id)
        {
            var today = VnTime.Today(clock);
            var current = await db.Agencies.AnyAsync(a => a.Id == id && (a.ValidTo == null || a.ValidTo >= today));
            if (!current)
                state.AddModelError("Form.AgencyId", "Cơ quan không tồn tại hoặc đã hết hiệu lực.");
        }
    }

    public static async Task<List<SelectListItem>> AgencyOptionsAsync(AppDbContext db, TimeProvider clock)
    {
        var today = VnTime.Today(clock);
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => a.ValidTo == null || a.ValidTo >= today)
            .Select(a => new { a.Id, a.Name, a.Level }).ToListAsync();
        return agencies.OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Create(VnTime.Culture, false))
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Prepend(new SelectListItem("— Không thuộc cơ quan nào —", ""))
            .ToList();
    }
}
