using CchcPublic.Web.Agencies;
using CchcPublic.Web.Feedback;
using CchcPublic.Web.Feedback.Attachments;
using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.Feedback.Publication;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Mail;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Feedback.Cases;

/// <summary>
/// One case for the people handling it: what was sent, where it stands, its whole history (internal notes included)
/// and the steps the current user may take now. Staff of other agencies get a 404, as if the case did not exist.
/// </summary>
public sealed class CaseModel(
    AppDbContext db, CaseWorkflow workflow, AnswerPublication publication, CaseDeadlines deadlines, FeedbackSettings settings,
    AuditLog audit, AttachmentStore store, OutboxMailSender mailSender, TimeProvider clock) : PageModel
{
    public FeedbackCase Case { get; private set; } = null!;
    public CaseActor Actor { get; private set; } = null!;
    public int TriageAgencyId { get; private set; }
    public IReadOnlyList<FeedbackEvent> Events { get; private set; } = [];
    public IReadOnlyList<FeedbackAttachment> Attachments { get; private set; } = [];
    public IReadOnlyList<Agency> CurrentAgencies { get; private set; } = [];
    public IReadOnlyList<CaseWorkflow.StaffMember> Staff { get; private set; } = [];
    public IReadOnlyDictionary<int, string> AgencyNames { get; private set; } = new Dictionary<int, string>();
    public string? DuplicateOfCode { get; private set; }
    public FeedbackSender? Sender { get; private set; }
    public PublicationProposal? Proposal { get; private set; }
    public PublishedAnswer? Published { get; private set; }
    public DeadlineFlag Flag { get; private set; }
    public FeedbackSettings Settings => settings;
    public string? Error { get; private set; }

    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Template { get; set; }
    [BindProperty] public FeedbackClass? Classification { get; set; }
    [BindProperty] public int? TargetAgencyId { get; set; }
    [BindProperty] public string? OriginalCode { get; set; }
    [BindProperty] public string? AssigneeId { get; set; }
    [BindProperty] public string? Draft { get; set; }
    [BindProperty] public string? Then { get; set; }
    [BindProperty] public int? Days { get; set; }
    [BindProperty] public string? PublicTitle { get; set; }
    [BindProperty] public string? PublicQuestion { get; set; }
    [BindProperty] public string? PublicAnswer { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ? Page() : NotFound();

    /// <summary>Shows the sender's identity; each showing is logged with who, when and which case.</summary>
    public async Task<IActionResult> OnGetSenderAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
            return NotFound();
        Sender = Case.Sender;
        audit.Record("feedback.sender-viewed", nameof(FeedbackCase), Case.Code, $"Xem thông tin người gửi của {Case.Code}");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(string code, long id, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
            return NotFound();
        var file = Attachments.FirstOrDefault(a => a.Id == id);
        var path = file is null ? null : store.PathOf(file.StoredName);
        if (file is null || !System.IO.File.Exists(path))
            return NotFound();
        // Attachments can show the sender (ID cards, faces, letters): opening one is a view of personal data.
        audit.Record("feedback.attachment-viewed", nameof(FeedbackCase), Case.Code, $"Mở tệp đính kèm '{file.FileName}' của {Case.Code}");
        await db.SaveChangesAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return PhysicalFile(path!, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostClassifyAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã phân loại hồ sơ.", ct, c => workflow.ClassifyAsync(Actor, c, Classification, TargetAgencyId, WithTemplate(Note), ct));

    public Task<IActionResult> OnPostMergeAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã gộp vào hồ sơ gốc.", ct, c => workflow.MergeAsync(Actor, c, OriginalCode, Note, ct));

    public Task<IActionResult> OnPostInformationAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã đề nghị người gửi bổ sung; thời hạn tạm dừng.", ct, c => workflow.RequestInformationAsync(Actor, c, WithTemplate(Note), ct));

    public Task<IActionResult> OnPostAssignAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã giao xử lý.", ct, c => workflow.AssignAsync(Actor, c, AssigneeId, ct));

    public Task<IActionResult> OnPostTransferAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã chuyển hồ sơ.", ct, c => workflow.TransferAsync(Actor, c, TargetAgencyId, Note, ct));

    public Task<IActionResult> OnPostNoteAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã thêm ghi chú nội bộ.", ct, c => workflow.AddNoteAsync(Actor, c, Note, ct));

    public Task<IActionResult> OnPostDraftAsync(string code, CancellationToken ct) =>
        ActAsync(code, Then == "trinh" ? "Đã trình lãnh đạo cơ quan duyệt câu trả lời." : "Đã lưu bản nháp câu trả lời.", ct, async c =>
        {
            var text = string.IsNullOrWhiteSpace(Draft) ? TemplateText() : Draft;
            return await workflow.SaveDraftAsync(Actor, c, text, ct) ?? (Then == "trinh" ? await workflow.SubmitAnswerAsync(Actor, c, ct) : null);
        });

    public Task<IActionResult> OnPostApproveAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã duyệt câu trả lời.", ct, c => workflow.ApproveAsync(Actor, c, ct));

    public Task<IActionResult> OnPostReturnAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã trả lại câu trả lời để hoàn thiện.", ct, c => workflow.ReturnAsync(Actor, c, WithTemplate(Note), ct));

    public Task<IActionResult> OnPostExtendAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã gia hạn.", ct, c => workflow.ExtendAsync(Actor, c, Days, Note, ct));

    public Task<IActionResult> OnPostPublishAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã công khai câu hỏi và câu trả lời tại mục Hỏi đáp.", ct, c => publication.PublishAsync(Actor, c, PublicTitle, PublicQuestion, PublicAnswer, ct));

    public Task<IActionResult> OnPostWithdrawAsync(string code, CancellationToken ct) =>
        ActAsync(code, "Đã thôi công khai.", ct, c => publication.WithdrawAsync(Actor, c, Note, ct));

    private async Task<IActionResult> ActAsync(string code, string done, CancellationToken ct, Func<FeedbackCase, Task<string?>> step)
    {
        if (!await LoadAsync(code, ct, tracked: true))
            return NotFound();
        // A value that does not bind (letters for a number, an unknown class) is left empty, so the step itself
        // says in Vietnamese what is missing instead of a generic message.
        foreach (var key in ModelState.Where(e => e.Value?.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid).Select(e => e.Key).ToList())
            ModelState.Remove(key);
        var error = await step(Case);
        if (error is not null)
        {
            // Nothing was saved: show the page again with what the official typed, and why.
            db.ChangeTracker.Clear();
            await LoadAsync(code, ct);
            Error = error;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        mailSender.Nudge();
        Message = done;
        // Agency staff lose sight of a case they forwarded or transferred: back to their inbox then.
        return Actor.CanSee(Case) ? RedirectToPage(new { code = Case.Code }) : Redirect("/quan-tri/phan-anh");
    }

    private string? TemplateText() => settings.Templates.FirstOrDefault(t => t.Code == Template)?.Text;

    private string? WithTemplate(string? text) => string.IsNullOrWhiteSpace(text) ? TemplateText() : text;

    private async Task<bool> LoadAsync(string code, CancellationToken ct, bool tracked = false)
    {
        Response.Headers.CacheControl = "no-store";
        Actor = await CaseActor.FromAsync(User, db, ct);
        code = code.Trim().ToUpperInvariant();
        var query = Actor.Visible(tracked ? db.FeedbackCases : db.FeedbackCases.AsNoTracking());
        var feedback = await query.SingleOrDefaultAsync(c => c.Code == code, ct);
        if (feedback is null)
            return false;
        Case = feedback;
        TriageAgencyId = await workflow.TriageAgencyIdAsync(ct);
        Events = await db.FeedbackEvents.AsNoTracking().Where(e => e.CaseId == feedback.Id).OrderBy(e => e.OccurredUtc).ThenBy(e => e.Id).ToListAsync(ct);
        Attachments = await db.FeedbackAttachments.AsNoTracking().Where(a => a.CaseId == feedback.Id).OrderBy(a => a.Id).ToListAsync(ct);
        CurrentAgencies = await workflow.CurrentAgenciesAsync(ct);
        var ids = new[] { feedback.HoldingAgencyId, feedback.SubjectAgencyId }.OfType<int>().ToList();
        AgencyNames = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        if (Actor.Holds(feedback, TriageAgencyId))
            Staff = await workflow.StaffAsync(feedback.HoldingAgencyId, TriageAgencyId, ct);
        if (feedback.DuplicateOfId is { } original)
            DuplicateOfCode = await db.FeedbackCases.Where(c => c.Id == original).Select(c => c.Code).SingleOrDefaultAsync(ct);
        Flag = deadlines.Flag(feedback, VnTime.Today(clock));
        Published = await db.PublishedAnswers.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == feedback.Id, ct);
        if (Actor.IsCoordinator && feedback.Publication == PublicationState.Pending && feedback.AnswerText is not null)
        {
            Proposal = AnswerPublication.Propose(feedback);
            PublicTitle ??= Proposal.Title;
            PublicQuestion ??= Proposal.Question.Text;
            PublicAnswer ??= Proposal.Answer.Text;
        }
        Draft ??= feedback.AnswerDraft;
        return true;
    }

    public string AgencyName(int? id) => id is { } value && AgencyNames.TryGetValue(value, out var name) ? name : "";

    public bool Holds => Actor.Holds(Case, TriageAgencyId);
    public bool CanClassify => Case.Status == FeedbackStatus.Received && (Holds || Actor.IsCoordinator);
    public bool CanMerge => Case.IsOpen && Case.Status != FeedbackStatus.InReview && (Holds || Actor.IsCoordinator);
    public bool CanRequestInformation => Case.Status is FeedbackStatus.Received or FeedbackStatus.Forwarded or FeedbackStatus.InProgress or FeedbackStatus.Reopened && (Holds || Actor.IsCoordinator);
    public bool CanWork => Case.Status is FeedbackStatus.Forwarded or FeedbackStatus.InProgress or FeedbackStatus.Reopened;
    public bool CanDraft => CanWork && Holds;
    public bool CanTransfer => CanWork && (Holds || Actor.IsCoordinator);
    public bool CanAssign => Case.IsOpen && Holds && Staff.Count > 0;
    public bool CanReview => Case.Status == FeedbackStatus.InReview && (Case.ReviewStage == ReviewStage.Agency
        ? Actor.IsApprover && Actor.AgencyId == Case.HoldingAgencyId
        : Actor.IsCoordinator);
    public bool CanExtend => Case.ExtendedUtc is null && Case.IsOpen && Case.Status != FeedbackStatus.AwaitingInformation && (Holds || Actor.IsCoordinator);
    public bool CanPublish => Actor.IsCoordinator && Proposal is not null;
    public bool CanNote => Actor.CanSee(Case);
    public bool CanWithdraw => Actor.IsCoordinator && Published is { WithdrawnUtc: null };
}
