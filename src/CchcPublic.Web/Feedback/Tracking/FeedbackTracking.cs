using CchcPublic.Web.Feedback.Attachments;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Tracking;

public sealed record TimelineEntry(DateTime OccurredUtc, string Label, string? Note);

/// <summary>What the sender sees with code and key. No personal data: only what the case is and where it stands.</summary>
public sealed record CaseView(
    string Code, string Title, string Content, string CategoryName, string? ProcedureName, string? SubjectAgency,
    string? Commune, string? HoldingAgency, FeedbackStatus Status, DateTime ReceivedUtc, DateOnly? DueDate,
    string? AnswerText, DateTime? AnsweredUtc, int? Rating, string? RatingComment, IReadOnlyList<string> Attachments,
    IReadOnlyList<TimelineEntry> Timeline, bool CanAddInformation, bool CanRate, bool CanReopen, DateTime? ReopenUntilUtc);

/// <summary>The sender's side of a case after sending: look it up, add information, rate the answer, reopen it.</summary>
public sealed class FeedbackTracking(
    AppDbContext db, AuditLog audit, TimeProvider clock, FeedbackSettings settings, AttachmentStore store, FeedbackOptions options,
    Handling.CaseDeadlines deadlines, Handling.CaseMail mail)
{
    /// <summary>The case when code and key match; null otherwise, the same for a wrong code as for a wrong key.</summary>
    public async Task<FeedbackCase?> FindAsync(string? code, string? key, CancellationToken cancellationToken)
    {
        code = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) || code.Length > 24 || string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        var feedback = await db.FeedbackCases.SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        // A missing code still costs one hash, so timing does not tell which codes exist.
        var hash = feedback?.AccessKeyHash ?? DecoyHash;
        var matches = AccessKeys.Verify(key, hash);
        return feedback is not null && matches ? feedback : null;
    }

    private static readonly string DecoyHash = AccessKeys.Hash("XXXX-XXXX-XXXX");

    public async Task<CaseView> ViewAsync(FeedbackCase feedback, CancellationToken cancellationToken)
    {
        var events = await db.FeedbackEvents.AsNoTracking().Where(e => e.CaseId == feedback.Id && e.IsPublic)
            .OrderBy(e => e.OccurredUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var names = await db.Agencies.AsNoTracking()
            .Where(a => a.Id == feedback.SubjectAgencyId || a.Id == feedback.HoldingAgencyId)
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var files = await db.FeedbackAttachments.AsNoTracking().Where(a => a.CaseId == feedback.Id)
            .OrderBy(a => a.Id).Select(a => a.FileName).ToListAsync(cancellationToken);
        var reopenUntil = ReopenUntil(feedback);
        return new CaseView(
            feedback.Code, feedback.Title, feedback.Content, settings.Category(feedback.Category)?.Name ?? feedback.Category,
            feedback.ProcedureName, Name(names, feedback.SubjectAgencyId), feedback.Commune, Name(names, feedback.HoldingAgencyId),
            feedback.Status, feedback.ReceivedUtc, feedback.DueDate, feedback.AnswerText, feedback.AnsweredUtc,
            feedback.Rating, feedback.RatingComment, files,
            events.Select(e => new TimelineEntry(e.OccurredUtc, FeedbackText.Event(e.Type), e.PublicNote)).ToList(),
            CanAddInformation: feedback.Status == FeedbackStatus.AwaitingInformation,
            CanRate: feedback.AnsweredUtc is not null && feedback.Rating is null && feedback.Status is FeedbackStatus.Answered or FeedbackStatus.Closed,
            CanReopen: reopenUntil is { } until && until >= clock.GetUtcNow().UtcDateTime,
            ReopenUntilUtc: reopenUntil);
    }

    private DateTime? ReopenUntil(FeedbackCase feedback) =>
        feedback.Status == FeedbackStatus.Answered && feedback.AnsweredUtc is { } answered
            ? answered.AddDays(settings.ReopenWithinDays)
            : null;

    private static string? Name(Dictionary<int, string> names, int? id) => id is { } value && names.TryGetValue(value, out var name) ? name : null;

    public async Task<string?> AddInformationAsync(FeedbackCase feedback, string? text, IReadOnlyList<UploadedFile> uploads, CancellationToken cancellationToken)
    {
        if (feedback.Status != FeedbackStatus.AwaitingInformation)
            return "Hồ sơ hiện không ở trạng thái chờ bổ sung thông tin.";
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) && uploads.Count == 0)
            return "Vui lòng nhập nội dung bổ sung hoặc chọn tệp đính kèm.";
        if (text is { Length: > 4000 })
            return $"Nội dung bổ sung tối đa 4000 ký tự (hiện có {text.Length}).";
        var existing = await db.FeedbackAttachments.CountAsync(a => a.CaseId == feedback.Id, cancellationToken);
        var (prepared, fileError) = AttachmentPreparer.Prepare(uploads, Math.Max(0, options.MaxAttachments * 2 - existing), options.MaxAttachmentBytes);
        if (fileError is not null)
            return fileError;
        var staged = new List<string>();
        try
        {
            // Back to where it stood: waiting for classification if it had not been classified yet.
            var resumeTo = feedback.Classification is null ? FeedbackStatus.Received : FeedbackStatus.InProgress;
            if (feedback.PausedUtc is { } paused)
            {
                deadlines.Resume(feedback, VnTime.ToLocalDate(paused), VnTime.Today(clock));
                feedback.PausedUtc = null;
            }
            var added = Append(feedback, FeedbackEventType.InformationAdded, resumeTo, "Người gửi đã bổ sung thông tin.", text);
            if (feedback.HoldingAgencyId is { } holder)
                await mail.ToAgencyAsync(holder, feedback, "Người gửi đã bổ sung thông tin", "Người gửi đã bổ sung thông tin; thời hạn xử lý tiếp tục được tính.",
                    "feedback.information-added", cancellationToken);
            foreach (var file in prepared)
            {
                var stored = await store.StageAsync(file.Content, file.Inspected.Extension, cancellationToken);
                staged.Add(stored);
                db.FeedbackAttachments.Add(new FeedbackAttachment
                {
                    CaseId = feedback.Id, Event = added, FileName = file.FileName, StoredName = stored, ContentType = file.Inspected.ContentType,
                    Length = file.Content.Length, Sha256 = file.Sha256,
                });
            }
            audit.Record("feedback.information-added", nameof(FeedbackCase), feedback.Code,
                $"Người gửi bổ sung thông tin cho {feedback.Code}", new { attachments = prepared.Count });
            await db.SaveChangesAsync(cancellationToken);
            store.Publish(staged);
            return null;
        }
        catch
        {
            store.Discard(staged);
            throw;
        }
    }

    public async Task<string?> RateAsync(FeedbackCase feedback, int? rating, string? comment, CancellationToken cancellationToken)
    {
        if (feedback.AnsweredUtc is null || feedback.Rating is not null || feedback.Status is not (FeedbackStatus.Answered or FeedbackStatus.Closed))
            return "Chỉ đánh giá được một lần, sau khi hồ sơ đã có câu trả lời.";
        if (rating is not (>= 1 and <= 5))
            return "Vui lòng chọn mức đánh giá từ 1 đến 5.";
        comment = comment?.Trim();
        if (comment is { Length: > 2000 })
            return $"Nhận xét tối đa 2000 ký tự (hiện có {comment.Length}).";
        var now = clock.GetUtcNow().UtcDateTime;
        feedback.Rating = rating;
        feedback.RatingComment = string.IsNullOrEmpty(comment) ? null : comment;
        feedback.RatedUtc = now;
        Append(feedback, FeedbackEventType.Rated, feedback.Status, $"Người gửi đánh giá {rating}/5.", feedback.RatingComment);
        audit.Record("feedback.rated", nameof(FeedbackCase), feedback.Code, $"Người gửi đánh giá {feedback.Code}: {rating}/5");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> ReopenAsync(FeedbackCase feedback, string? reason, CancellationToken cancellationToken)
    {
        if (ReopenUntil(feedback) is not { } until || until < clock.GetUtcNow().UtcDateTime)
            return $"Chỉ mở lại được trong {settings.ReopenWithinDays} ngày kể từ khi có câu trả lời.";
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
            return "Vui lòng cho biết lý do chưa hài lòng với câu trả lời.";
        if (reason.Length > 4000)
            return $"Lý do tối đa 4000 ký tự (hiện có {reason.Length}).";
        feedback.ReopenCount++;
        feedback.DueDate = deadlines.AnswerDue(feedback.Category, VnTime.Today(clock));
        feedback.AnswerDraft = null;
        if (feedback.Publication == PublicationState.Pending)
            feedback.Publication = PublicationState.None;
        Append(feedback, FeedbackEventType.Reopened, FeedbackStatus.Reopened, "Người gửi chưa hài lòng và đề nghị xem xét lại.", reason);
        if (feedback.HoldingAgencyId is { } holder)
            await mail.ToAgencyAsync(holder, feedback, "Người gửi đề nghị xem xét lại câu trả lời", $"Người gửi chưa hài lòng với câu trả lời và đề nghị xem xét lại. Hạn trả lời mới: {feedback.DueDate:dd/MM/yyyy}.",
                "feedback.reopened", cancellationToken);
        audit.Record("feedback.reopened", nameof(FeedbackCase), feedback.Code, $"Người gửi mở lại {feedback.Code}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private string? HoldingName(FeedbackCase feedback) =>
        feedback.HoldingAgency?.Name ?? db.Agencies.AsNoTracking().Where(a => a.Id == feedback.HoldingAgencyId).Select(a => a.Name).SingleOrDefault();

    private FeedbackEvent Append(FeedbackCase feedback, FeedbackEventType type, FeedbackStatus to, string publicNote, string? internalNote)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new FeedbackEvent
        {
            CaseId = feedback.Id, OccurredUtc = now, Type = type, FromStatus = feedback.Status, ToStatus = to,
            ActorName = "Người gửi", AgencyId = feedback.HoldingAgencyId, AgencyName = HoldingName(feedback), PublicNote = publicNote, InternalNote = internalNote,
        };
        db.FeedbackEvents.Add(entry);
        feedback.Status = to;
        feedback.UpdatedUtc = now;
        return entry;
    }
}
