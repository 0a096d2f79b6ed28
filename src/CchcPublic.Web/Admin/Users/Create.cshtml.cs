using System.ComponentModel.DataAnnotations;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CchcPublic.Web.Admin.Users;

public sealed class CreateModel(UserManager<AppUser> users, AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CreateForm Form { get; set; } = new();

    public List<SelectListItem> Agencies { get; private set; } = [];

    public async Task OnGetAsync() => Agencies = await UserForm.AgencyOptionsAsync(db, clock);

    public async Task<IActionResult> OnPostAsync()
    {
        await Form.ValidateAsync(ModelState, db, clock);
        if (ModelState.IsValid)
        {
            var user = new AppUser
            {
                UserName = Form.Email.Trim(),
                Email = Form.Email.Trim(),
                EmailConfirmed = true,
                FullName = Form.FullName.Trim(),
                AgencyId = Form.AgencyId,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            await using var transaction = await db.Database.BeginTransactionAsync();
            audit.Record("user.created", nameof(AppUser), user.Email,
                $"Tạo tài khoản {user.Email} ({string.Join(", ", Form.Roles.Select(Roles.DisplayName))})");
            var result = await users.CreateAsync(user, Form.Password);
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, Form.Roles);
            }
            if (result.Succeeded)
            {
                await transaction.CommitAsync();
                TempData["Message"] = $"Đã tạo tài khoản {user.Email}.";
                return RedirectToPage("/Admin/Users/Edit", new { id = user.Id });
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Form.Password" : "Form.Email", error.Description);
            }
        }
        Agencies = await UserForm.AgencyOptionsAsync(db, clock);
        return Page();
    }

    public sealed class CreateForm : UserForm
    {
        [Required(ErrorMessage = "Vui lòng nhập email.")]
        [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
        [StringLength(256, ErrorMessage = "Email quá dài.")]
        [Display(Name = "Email (dùng để đăng nhập)")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng đặt mật khẩu ban đầu.")]
        [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu ban đầu")]
        public string Password { get; set; } = "";
    }
}
