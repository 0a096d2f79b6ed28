using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Feedback.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CchcPublic.Web.Feedback;

/// <summary>
/// Following a case with its code and key. Every action posts the pair again (the page holds no session),
/// and every wrong pair counts against the client address, whatever was wrong.
/// </summary>
[EnableRateLimiting(FeedbackExtensions.LookupRateLimit)]
[RequestSizeLimit(SendFeedbackModel.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = SendFeedbackModel.RequestLimit)]
public sealed class TrackFeedbackModel(FeedbackTracking tracking, LookupThrottle throttle) : PageModel
{
    public const string NotFoundMessage = "Mã hồ sơ hoặc khóa tra cứu không đúng. Vui lòng kiểm tra lại biên nhận.";

    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(Name = "khoa")]
    public string? Key { get; set; }

    public CaseView? Case { get; private set; }
    public string? Message { get; private set; }

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => WithCaseAsync(null, ct);

    public Task<IActionResult> OnPostAddInformationAsync(string? noiDung, List<IFormFile>? tep, CancellationToken ct) =>
        WithCaseAsync(feedback => tracking.AddInformationAsync(feedback, noiDung,
            (tep ?? []).Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList(), ct), ct,
            "Đã gửi thông tin bổ sung.");

    public Task<IActionResult> OnPostRateAsync(int? diem, string? nhanXet, CancellationToken ct) =>
        WithCaseAsync(feedback => tracking.RateAsync(feedback, diem, nhanXet, ct), ct, "Cảm ơn bạn đã đánh giá câu trả lời.");

    public Task<IActionResult> OnPostReopenAsync(string? lyDo, CancellationToken ct) =>
        WithCaseAsync(feedback => tracking.ReopenAsync(feedback, lyDo, ct), ct, "Đã mở lại hồ sơ; cơ quan sẽ xem xét lại và trả lời bạn.");

    private async Task<IActionResult> WithCaseAsync(Func<FeedbackCase, Task<string?>>? action, CancellationToken ct, string? done = null)
    {
        Response.Headers.CacheControl = "no-store";
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsBlocked(address))
        {
            ModelState.AddModelError("", "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút hoặc gọi đường dây nóng.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var feedback = await tracking.FindAsync(Code, Key, ct);
        if (feedback is null)
        {
            throttle.RecordFailure(address);
            ModelState.AddModelError("", NotFoundMessage);
            return Page();
        }
        if (action is not null)
        {
            var error = await action(feedback);
            if (error is null)
            {
                Message = done;
            }
            else
            {
                ModelState.AddModelError("Action", error);
            }
        }
        Case = await tracking.ViewAsync(feedback, ct);
        return Page();
    }
}
