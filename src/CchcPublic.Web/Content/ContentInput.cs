using System.ComponentModel.DataAnnotations;

namespace CchcPublic.Web.Content;

/// <summary>What an editor submits for one save; becomes an immutable revision once valid.</summary>
public sealed class ContentInput
{
    [Required(ErrorMessage = "Vui lòng nhập tiêu đề.")]
    [StringLength(300, ErrorMessage = "Tiêu đề tối đa 300 ký tự.")]
    [Display(Name = "Tiêu đề")]
    public string Title { get; set; } = "";

    [StringLength(100, ErrorMessage = "Đường dẫn tối đa 100 ký tự.")]
    [Display(Name = "Đường dẫn (để trống sẽ tạo từ tiêu đề)")]
    public string? Slug { get; set; }

    [StringLength(1000, ErrorMessage = "Tóm tắt tối đa 1000 ký tự.")]
    [Display(Name = "Tóm tắt")]
    public string? Summary { get; set; }

    [StringLength(200_000, ErrorMessage = "Nội dung quá dài (tối đa 200.000 ký tự).")]
    [Display(Name = "Nội dung (Markdown)")]
    public string? Body { get; set; }

    [Display(Name = "Ảnh đại diện (mã tệp)")]
    public int? CoverMediaId { get; set; }

    [StringLength(500, ErrorMessage = "Mô tả ảnh tối đa 500 ký tự.")]
    [Display(Name = "Mô tả ảnh đại diện (alt)")]
    public string? CoverAlt { get; set; }

    [Display(Name = "Chủ đề")]
    public List<string> Themes { get; set; } = [];

    [Display(Name = "Cơ quan")]
    public int? AgencyId { get; set; }

    [Display(Name = "Nhiệm vụ của Kế hoạch")]
    public string? PlanTask { get; set; }

    [StringLength(500, ErrorMessage = "Từ khóa tối đa 500 ký tự.")]
    [Display(Name = "Từ khóa (cách nhau bởi dấu phẩy)")]
    public string? Tags { get; set; }

    [Display(Name = "Ngày đăng hiển thị")]
    public DateOnly? PublishDate { get; set; }

    [StringLength(500, ErrorMessage = "Ghi chú tối đa 500 ký tự.")]
    [Display(Name = "Ghi chú thay đổi")]
    public string? ChangeNote { get; set; }

    public Dictionary<string, string?> Fields { get; set; } = [];

    public static ContentInput From(ContentRevision revision) => new()
    {
        Title = revision.Title,
        Slug = revision.Slug,
        Summary = revision.Summary,
        Body = revision.Body,
        CoverMediaId = revision.CoverMediaId,
        CoverAlt = revision.CoverAlt,
        Themes = [.. revision.Themes],
        AgencyId = revision.AgencyId,
        PlanTask = revision.PlanTask,
        Tags = string.Join(", ", revision.Tags),
        PublishDate = revision.PublishDate,
        Fields = revision.Fields.ToDictionary(p => p.Key, p => (string?)p.Value),
    };

    public List<string> TagList() => (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
