using System.ComponentModel.DataAnnotations;
using CchcPublic.Web.Feedback.Intake;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CchcPublic.Web.Feedback;

/// <summary>The fields a person fills in; what the channel, the official or the API client adds is never bound from the form.</summary>
public sealed class FeedbackForm
{
    [Display(Name = "Phản ánh, kiến nghị về")]
    public string? Category { get; set; }

    [Display(Name = "Thủ tục hành chính liên quan (nếu có)")]
    public string? ProcedureName { get; set; }

    [Display(Name = "Cơ quan liên quan")]
    public int? AgencyId { get; set; }

    [Display(Name = "Xã, phường nơi phát sinh (nếu có)")]
    public string? Commune { get; set; }

    [Display(Name = "Tiêu đề")]
    public string? Title { get; set; }

    [Display(Name = "Nội dung")]
    public string? Content { get; set; }

    [Display(Name = "Họ và tên")]
    public string? FullName { get; set; }

    [Display(Name = "Địa chỉ liên hệ")]
    public string? Address { get; set; }

    [Display(Name = "Số điện thoại")]
    public string? Phone { get; set; }

    [Display(Name = "Email")]
    public string? Email { get; set; }

    [Display(Name = "Cơ quan, tổ chức (nếu gửi thay mặt tổ chức)")]
    public string? Organisation { get; set; }

    public bool Consent { get; set; }

    /// <summary>"co" or "khong": the person must choose; nothing is assumed.</summary>
    public string? PublishAnswer { get; set; }

    public bool NotAComplaint { get; set; }

    public List<IFormFile> Files { get; set; } = [];

    public FeedbackSubmission ToSubmission() => new()
    {
        Category = Category,
        ProcedureName = ProcedureName,
        SubjectAgencyId = AgencyId,
        Commune = Commune,
        Title = Title,
        Content = Content,
        FullName = FullName,
        Address = Address,
        Phone = Phone,
        Email = Email,
        Organisation = Organisation,
        Consent = Consent,
        AllowPublishAnswer = PublishAnswer == "co",
        NotAComplaint = NotAComplaint,
        Files = Files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList(),
    };

    /// <summary>Puts the intake's field errors next to the fields they belong to.</summary>
    public static void AddErrors(ModelStateDictionary state, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            var key = field switch
            {
                nameof(FeedbackSubmission.SubjectAgencyId) => "Form.AgencyId",
                _ => "Form." + field,
            };
            state.AddModelError(key, message);
        }
    }

    public void Validate(ModelStateDictionary state)
    {
        if (PublishAnswer is not ("co" or "khong"))
            state.AddModelError("Form.PublishAnswer", "Vui lòng chọn có hoặc không đồng ý công khai câu trả lời.");
    }
}
