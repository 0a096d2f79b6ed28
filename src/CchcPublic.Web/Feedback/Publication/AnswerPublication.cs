using CchcPublic.Web.Content;
using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Publication;

/// <summary>The texts proposed for publication, with what the automatic check found, for a person to confirm.</summary>
public sealed record PublicationProposal(string Title, RedactionResult Question, RedactionResult Answer);

/// <summary>
/// Publishes an approved answer at /hoi-dap when the sender allowed it: personal data is found automatically,
/// a coordinator checks and corrects the texts, and only those checked texts are ever public or searchable.
/// </summary>
public sealed class AnswerPublication(AppDbContext db, AuditLog audit, TimeProvider clock, CaseWorkflow workflow, PublishedContent snapshot)
{
    public const int TextMax = 10000;

    public static PublicationProposal Propose(FeedbackCase feedback)
    {
        var known = KnownValues(feedback);
        var title = PersonalDataRedactor.Redact(feedback.Title, known).Text;
        return new PublicationProposal(title, PersonalDataRedactor.Redact(feedback.Content, known), PersonalDataRedactor.Redact(feedback.AnswerText ?? "", known));
    }

    private static List<string> KnownValues(FeedbackCase feedback)
    {
        var sender = feedback.Sender;
        return sender is null ? [] : new[] { sender.FullName, sender.Phone, sender.Email, sender.Address, sender.Organisation }.OfType<string>()
            .Where(v => v.Length > 0 && v != Anonymisation.Placeholder).ToList();
    }

    public static bool ContainsKnown(string text, IReadOnlyList<string> known)
    {
        var folded = $" {Intake.TextFolding.Fold(text)} ";
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        foreach (var value in known)
        {
            var valueDigits = new string(value.Where(char.IsAsciiDigit).ToArray());
            if (valueDigits.Length >= 8 && valueDigits.Length * 2 >= value.Count(char.IsLetterOrDigit))
            {
                if (digits.Contains(valueDigits.TrimStart('0'), StringComparison.Ordinal))
                    return true;
                continue;
            }
            var foldedValue = Intake.TextFolding.Fold(value);
            if (foldedValue.Length >= 4 && folded.Contains($" {foldedValue} ", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public async Task<string?> PublishAsync(CaseActor actor, FeedbackCase feedback, string? title, string? question, string? answer, CancellationToken cancellationToken)
    {
        if (!actor.IsCoordinator)
            return "Chỉ Văn phòng UBND tỉnh (điều phối) được công khai câu trả lời.";
        if (feedback.Publication != PublicationState.Pending || feedback.AnswerText is null)
            return "Hồ sơ không có câu trả lời chờ công khai.";
        if (!feedback.AllowPublishAnswer)
            return "Người gửi không đồng ý công khai câu trả lời.";
        title = title?.Trim();
        question = question?.Trim();
        answer = answer?.Trim();
        if (string.IsNullOrEmpty(title) || string.IsNullOrEmpty(question) || string.IsNullOrEmpty(answer))
            return "Tiêu đề, câu hỏi và câu trả lời công khai đều phải có nội dung.";
        if (title.Length > 300 || question.Length > TextMax || answer.Length > TextMax)
            return $"Tiêu đề tối đa 300 ký tự; câu hỏi và câu trả lời tối đa {TextMax} ký tự.";
        // The person checked the texts and may keep what the detector flagged, but never the sender's own details.
        if (new[] { title, question, answer }.Any(t => ContainsKnown(t, KnownValues(feedback))))
            return "Văn bản công khai vẫn còn thông tin cá nhân của người gửi (họ tên, điện thoại, email hoặc địa chỉ). Vui lòng xóa trước khi công khai.";
        var now = clock.GetUtcNow().UtcDateTime;
        var agencyName = await workflow.AgencyNameAsync(feedback.HoldingAgencyId, cancellationToken);
        var published = await db.PublishedAnswers.SingleOrDefaultAsync(p => p.CaseId == feedback.Id, cancellationToken);
        if (published is null)
        {
            published = new PublishedAnswer
            {
                CaseId = feedback.Id, Code = feedback.Code, Category = feedback.Category, AgencyName = agencyName,
                Title = title, Question = question, Answer = answer,
            };
            db.PublishedAnswers.Add(published);
        }
        published.Category = feedback.Category;
        published.AgencyId = feedback.HoldingAgencyId;
        published.AgencyName = agencyName;
        published.Title = title;
        published.Question = question;
        published.Answer = answer;
        published.ReceivedUtc = feedback.ReceivedUtc;
        published.AnsweredUtc = feedback.AnsweredUtc ?? now;
        published.PublishedUtc = now;
        published.PublishedBy = actor.Name;
        published.WithdrawnUtc = null;
        published.WithdrawalReason = null;
        feedback.Publication = PublicationState.Published;
        await workflow.AppendAsync(actor, feedback, FeedbackEventType.Published, feedback.Status,
            "Câu hỏi và câu trả lời được công khai tại mục Hỏi đáp (đã lược bỏ thông tin cá nhân).", null, cancellationToken);
        audit.Record("feedback.published", nameof(FeedbackCase), feedback.Code, $"Công khai hỏi đáp {feedback.Code}");
        await db.SaveChangesAsync(cancellationToken);
        // The feed row names the saved id, so every node's search index and page cache follow.
        db.ContentChanges.Add(new ContentChange { PublishedAnswerId = published.Id, OccurredUtc = now });
        audit.Record("feedback.published-feed", nameof(PublishedAnswer), published.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Cập nhật mục Hỏi đáp: {feedback.Code}");
        await db.SaveChangesAsync(cancellationToken);
        // This node's cached /hoi-dap pages go at once; other nodes follow the feed.
        await snapshot.RefreshAsync(cancellationToken);
        return null;
    }

    public async Task<string?> WithdrawAsync(CaseActor actor, FeedbackCase feedback, string? reason, CancellationToken cancellationToken)
    {
        if (!actor.IsCoordinator)
            return "Chỉ Văn phòng UBND tỉnh (điều phối) được thôi công khai.";
        var published = await db.PublishedAnswers.SingleOrDefaultAsync(p => p.CaseId == feedback.Id && p.WithdrawnUtc == null, cancellationToken);
        if (published is null)
            return "Câu trả lời của hồ sơ này không được công khai.";
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
            return "Vui lòng ghi lý do thôi công khai.";
        var now = clock.GetUtcNow().UtcDateTime;
        published.WithdrawnUtc = now;
        published.WithdrawalReason = reason.Length > 1000 ? reason[..1000] : reason;
        feedback.Publication = PublicationState.Withdrawn;
        await workflow.AppendAsync(actor, feedback, FeedbackEventType.Unpublished, feedback.Status, "Thôi công khai câu trả lời tại mục Hỏi đáp.", reason, cancellationToken);
        db.ContentChanges.Add(new ContentChange { PublishedAnswerId = published.Id, OccurredUtc = now });
        audit.Record("feedback.unpublished", nameof(FeedbackCase), feedback.Code, $"Thôi công khai hỏi đáp {feedback.Code}", new { reason });
        await db.SaveChangesAsync(cancellationToken);
        await snapshot.RefreshAsync(cancellationToken);
        return null;
    }
}
