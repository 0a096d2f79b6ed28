using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Agencies;

public sealed partial class AgencyForm
{
    [Required(ErrorMessage = "Vui lòng nhập mã cơ quan.")]
    [RegularExpression("^[A-Z0-9][A-Z0-9-]{0,39}$", ErrorMessage = "Mã gồm chữ in hoa không dấu, chữ số và dấu '-', tối đa 40 ký tự.")]
    [Display(Name = "Mã")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập tên đầy đủ.")]
    [StringLength(300, ErrorMessage = "Tên tối đa 300 ký tự.")]
    [Display(Name = "Tên đầy đủ")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập tên viết tắt.")]
    [StringLength(150, ErrorMessage = "Tên viết tắt tối đa 150 ký tự.")]
    [Display(Name = "Tên viết tắt")]
    public string ShortName { get; set; } = "";

    [StringLength(300, ErrorMessage = "Tên tiếng Anh tối đa 300 ký tự.")]
    [Display(Name = "Tên tiếng Anh")]
    public string? EnglishName { get; set; }

    [Display(Name = "Cấp")]
    public AgencyLevel Level { get; set; } = AgencyLevel.Department;

    [Display(Name = "Cơ quan cấp trên")]
    public int? ParentId { get; set; }

    [Display(Name = "Hiệu lực từ ngày")]
    public DateOnly? ValidFrom { get; set; }

    [StringLength(200, ErrorMessage = "Tối đa 200 ký tự.")]
    [Display(Name = "Số điện thoại đường dây nóng (cách nhau bởi dấu phẩy)")]
    public string? Hotlines { get; set; }

    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [StringLength(200, ErrorMessage = "Email quá dài.")]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [StringLength(400, ErrorMessage = "Địa chỉ tối đa 400 ký tự.")]
    [Display(Name = "Địa chỉ")]
    public string? Address { get; set; }

    [StringLength(200, ErrorMessage = "Tối đa 200 ký tự.")]
    [Display(Name = "Người phụ trách (chức danh)")]
    public string? ContactOfficial { get; set; }

    [Display(Name = "Thông tin liên hệ đã được xác minh")]
    public bool ContactVerified { get; set; }

    [Display(Name = "Là đầu mối tiếp nhận phản ánh, kiến nghị")]
    public bool ReceivesFeedback { get; set; }

    [StringLength(1000, ErrorMessage = "Ghi chú tối đa 1000 ký tự.")]
    [Display(Name = "Ghi chú lịch sử")]
    public string? Note { get; set; }

    public List<string> PhoneDigits() => (Hotlines ?? "")
        .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(PhoneFormat.Digits).ToList();

    public async Task ValidateAsync(ModelStateDictionary state, AppDbContext db, int? editingId)
    {
        if (!Enum.IsDefined(Level))
            state.AddModelError("Form.Level", "Cấp không hợp lệ.");
        foreach (var phone in PhoneDigits().Where(p => !PhonePattern().IsMatch(p)))
            state.AddModelError("Form.Hotlines", $"Số điện thoại '{phone}' không hợp lệ (3–12 chữ số).");
        if (ParentId is { } parent && (parent == editingId || !await db.Agencies.AnyAsync(a => a.Id == parent)))
            state.AddModelError("Form.ParentId", "Cơ quan cấp trên không hợp lệ.");
        if (editingId is null && await db.Agencies.AnyAsync(a => a.Code == Code))
            state.AddModelError("Form.Code", $"Mã {Code} đã được dùng.");
    }

    public void ApplyTo(Agency agency)
    {
        agency.Name = Name.Trim();
        agency.ShortName = ShortName.Trim();
        agency.EnglishName = string.IsNullOrWhiteSpace(EnglishName) ? null : EnglishName.Trim();
        agency.Level = Level;
        agency.ParentId = ParentId;
        agency.ValidFrom = ValidFrom;
        agency.Hotlines = PhoneDigits();
        agency.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        agency.Address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim();
        agency.ContactOfficial = string.IsNullOrWhiteSpace(ContactOfficial) ? null : ContactOfficial.Trim();
        agency.ContactVerified = ContactVerified;
        agency.ReceivesFeedback = ReceivesFeedback;
        agency.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }

    public static AgencyForm From(Agency agency) => new()
    {
        Code = agency.Code, Name = agency.Name, ShortName = agency.ShortName, EnglishName = agency.EnglishName,
        Level = agency.Level, ParentId = agency.ParentId, ValidFrom = agency.ValidFrom,
        Hotlines = string.Join(", ", agency.Hotlines.Select(PhoneFormat.Display)), Email = agency.Email,
        Address = agency.Address, ContactOfficial = agency.ContactOfficial, ContactVerified = agency.ContactVerified,
        ReceivesFeedback = agency.ReceivesFeedback, Note = agency.Note,
    };

    [GeneratedRegex(@"^\+?\d{3,12}$")]
    private static partial Regex PhonePattern();
}
