using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Public;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        400 => "Yêu cầu không hợp lệ",
        403 => "Bạn không có quyền truy cập trang này",
        404 => "Không tìm thấy trang",
        410 => "Nội dung đã được gỡ bỏ",
        429 => "Bạn thao tác quá nhanh",
        _ => "Hệ thống đang gặp sự cố",
    };

    public string Explanation => Code switch
    {
        400 => "Biểu mẫu có thể đã hết hạn. Vui lòng tải lại trang rồi thử lại.",
        403 => "Nếu bạn cho rằng đây là nhầm lẫn, hãy liên hệ quản trị viên.",
        404 => "Địa chỉ có thể đã thay đổi hoặc được gõ chưa đúng.",
        410 => "Trang này đã được cơ quan quản lý gỡ bỏ và không còn được cung cấp.",
        429 => "Vui lòng chờ vài phút rồi thử lại.",
        _ => "Lỗi đã được ghi nhận. Vui lòng thử lại sau ít phút.",
    };

    public IActionResult OnGet(int code) => Render(code);
    public IActionResult OnPost(int code) => Render(code);

    private PageResult Render(int code)
    {
        Code = code is >= 400 and < 600 ? code : 500;
        Response.StatusCode = Code;
        return Page();
    }
}
