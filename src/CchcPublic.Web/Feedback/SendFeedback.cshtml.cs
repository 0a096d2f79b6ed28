using CchcPublic.Web.Feedback.Captcha;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Infrastructure.Mail;
using CchcPublic.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CchcPublic.Web.Feedback;

[EnableRateLimiting(FeedbackExtensions.SubmitRateLimit)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class SendFeedbackModel(FeedbackIntake intake, FeedbackFormOptions choices, ICaptcha captcha, OutboxMailSender mailSender) : PageModel
{
    public const long RequestLimit = 64L * 1024 * 1024;
    public const string ReceiptKey = "FeedbackReceipt";

    [BindProperty]
    public FeedbackForm Form { get; set; } = new();

    /// <summary>The honeypot: hidden from people, filled by naive robots.</summary>
    [BindProperty(Name = "website")]
    public string? Website { get; set; }

    public FeedbackFormOptions Choices => choices;
    public DuplicateCase? Duplicate { get; private set; }
    public bool ComplaintSuspected { get; private set; }
    public IReadOnlyList<string> FilesToChooseAgain { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await choices.LoadAsync(cancellationToken);
        AllowCaptchaProvider();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await choices.LoadAsync(cancellationToken);
        AllowCaptchaProvider();
        if (!string.IsNullOrEmpty(Website))
        {
            // Said plainly but without detail: a person never sees the hidden field.
            ModelState.AddModelError("", "Không gửi được phản ánh, kiến nghị. Vui lòng tải lại trang và thử lại.");
            return Page();
        }
        Form.Validate(ModelState);
        var submission = Form.ToSubmission();
        if (!await captcha.VerifyAsync(Request.Form[captcha.FieldName], HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken))
        {
            ModelState.AddModelError("Captcha", "Chưa hoàn thành bước xác minh chống thư rác (hoặc bước này đã hết hạn). Vui lòng đánh dấu ô xác minh rồi gửi lại.");
        }
        if (!ModelState.IsValid)
        {
            // Field checks still run, so every problem is listed at once.
            FeedbackForm.AddErrors(ModelState, new FeedbackValidator(choices.Settings, choices.Complaints).Validate(submission));
            return Redisplay();
        }
        var result = await intake.SubmitAsync(submission, cancellationToken);
        if (result.Duplicate is { } duplicate)
        {
            Duplicate = duplicate;
            return Page();
        }
        if (!result.Accepted)
        {
            FeedbackForm.AddErrors(ModelState, result.Errors);
            return Redisplay();
        }
        if (Form.Email is { Length: > 0 })
        {
            mailSender.Nudge();
        }
        TempData[ReceiptKey] = $"{result.Code}|{result.AccessKey}";
        return Redirect("/phan-anh-kien-nghi/bien-nhan?ma=" + Uri.EscapeDataString(result.Code!));
    }

    private PageResult Redisplay()
    {
        ComplaintSuspected = ModelState.ContainsKey("Form.NotAComplaint") || Form.NotAComplaint;
        // Browsers cannot refill file inputs; name the files so nobody has to remember them.
        FilesToChooseAgain = Form.Files.Where(f => f.Length > 0).Select(f => Path.GetFileName(f.FileName)).ToList();
        return Page();
    }

    private void AllowCaptchaProvider()
    {
        if (!choices.UsesAltcha)
        {
            SecurityHeaders.AllowThirdParty(HttpContext, "https://www.google.com/recaptcha/ https://www.gstatic.com/recaptcha/");
        }
    }
}
