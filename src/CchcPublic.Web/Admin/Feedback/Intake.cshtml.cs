using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CchcPublic.Web.Feedback;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Admin.Feedback;

/// <summary>
/// Officials enter cases received by phone, letter, email or in person (QĐ 31/2021 Art. 43). The case records
/// the channel and the official; the sender gets a code and key like any other.
/// </summary>
[RequestSizeLimit(SendFeedbackModel.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = SendFeedbackModel.RequestLimit)]
public sealed class IntakeModel(FeedbackIntake intake, FeedbackFormOptions choices, OutboxMailSender mailSender) : PageModel
{
    public const string ReceiptKey = "OfficeFeedbackReceipt";

    [BindProperty]
    public FeedbackForm Form { get; set; } = new();

    [BindProperty]
    [Display(Name = "Hình thức tiếp nhận")]
    public FeedbackChannel? Channel { get; set; }

    public FeedbackFormOptions Choices => choices;
    public DuplicateCase? Duplicate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await choices.LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await choices.LoadAsync(ct);
        Form.Validate(ModelState);
        if (Channel is not { } channel || !FeedbackText.OfficeChannels.Contains(channel))
        {
            ModelState.AddModelError(nameof(Channel), "Vui lòng chọn hình thức tiếp nhận (điện thoại, thư, email hoặc trực tiếp).");
        }
        var submission = Form.ToSubmission();
        submission.Channel = Channel is { } chosen && FeedbackText.OfficeChannels.Contains(chosen) ? chosen : FeedbackChannel.Hotline;
        submission.ReceivedByUserId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        submission.ReceivedByName = User.Identity?.Name;
        if (!ModelState.IsValid)
        {
            FeedbackForm.AddErrors(ModelState, new FeedbackValidator(choices.Settings, choices.Complaints).Validate(submission));
            return Page();
        }
        var result = await intake.SubmitAsync(submission, ct);
        if (result.Duplicate is { } duplicate)
        {
            Duplicate = duplicate;
            return Page();
        }
        if (!result.Accepted)
        {
            FeedbackForm.AddErrors(ModelState, result.Errors);
            return Page();
        }
        if (submission.Email is not null)
        {
            mailSender.Nudge();
        }
        TempData[ReceiptKey] = $"{result.Code}|{result.AccessKey}";
        return Redirect("/quan-tri/phan-anh/bien-nhan?ma=" + Uri.EscapeDataString(result.Code!));
    }
}
