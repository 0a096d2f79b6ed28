using CchcPublic.Web.Infrastructure.Text;

namespace CchcPublic.Web.Feedback.Handling;

/// <summary>The answer: drafted by the holding agency, approved by its leader, then by the coordinating office.</summary>
public sealed partial class CaseWorkflow
{
    public async Task<string?> SaveDraftAsync(CaseActor actor, FeedbackCase feedback, string? text, CancellationToken cancellationToken)
    {
        var triage = await TriageAgencyIdAsync(cancellationToken);
        if (!actor.Holds(feedback, triage))
            return "Chỉ cán bộ của cơ quan đang giữ hồ sơ được soạn câu trả lời.";
        if (feedback.Status is not (FeedbackStatus.Forwarded or FeedbackStatus.InProgress or FeedbackStatus.Reopened))
            return "Chỉ soạn được câu trả lời khi hồ sơ đang xử lý.";
        text = Clean(text);
        if (text is null)
            return "Vui lòng nhập nội dung câu trả lời.";
        if (text.Length > 10000)
            return $"Câu trả lời tối đa 10000 ký tự (hiện có {text.Length}).";
        feedback.AnswerDraft = text;
        feedback.DraftedByUserId = actor.UserId;
        feedback.DraftedByName = actor.Name;
        if (feedback.Status == FeedbackStatus.Forwarded)
        {
            await AppendAsync(actor, feedback, FeedbackEventType.Assigned, FeedbackStatus.InProgress, "Cơ quan đang xem xét, giải quyết.", $"{actor.Name} soạn câu trả lời.", cancellationToken);
        }
        else
        {
            feedback.UpdatedUtc = Now;
        }
        audit.Record("feedback.answer-drafted", nameof(FeedbackCase), feedback.Code, $"Soạn câu trả lời cho {feedback.Code}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Sends the draft to the agency's approver.</summary>
    public async Task<string?> SubmitAnswerAsync(CaseActor actor, FeedbackCase feedback, CancellationToken cancellationToken)
    {
        var triage = await TriageAgencyIdAsync(cancellationToken);
        if (!actor.Holds(feedback, triage))
            return "Chỉ cán bộ của cơ quan đang giữ hồ sơ được trình duyệt.";
        if (feedback.Status is not (FeedbackStatus.Forwarded or FeedbackStatus.InProgress or FeedbackStatus.Reopened))
            return "Hồ sơ không ở trạng thái đang xử lý.";
        if (string.IsNullOrWhiteSpace(feedback.AnswerDraft))
            return "Chưa có câu trả lời để trình duyệt.";
        feedback.ReviewStage = ReviewStage.Agency;
        await AppendAsync(actor, feedback, FeedbackEventType.AnswerSubmitted, FeedbackStatus.InReview,
            "Câu trả lời đang được lãnh đạo cơ quan xem xét.", null, cancellationToken);
        await mail.ToApproversAsync(feedback.HoldingAgencyId!.Value, feedback, "Câu trả lời chờ duyệt", $"{actor.Name} trình duyệt câu trả lời.", cancellationToken);
        audit.Record("feedback.answer-submitted", nameof(FeedbackCase), feedback.Code, $"Trình duyệt câu trả lời {feedback.Code}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>The agency's approver, then the coordinator. The coordinator's approval answers the sender.</summary>
    public async Task<string?> ApproveAsync(CaseActor actor, FeedbackCase feedback, CancellationToken cancellationToken)
    {
        if (feedback.Status != FeedbackStatus.InReview)
            return "Hồ sơ không có câu trả lời chờ duyệt.";
        if (feedback.ReviewStage == ReviewStage.Agency)
        {
            if (!actor.IsApprover || actor.AgencyId != feedback.HoldingAgencyId)
                return "Chỉ lãnh đạo của cơ quan đang giữ hồ sơ được duyệt ở bước này.";
            if (feedback.DraftedByUserId == actor.UserId)
                return "Người soạn câu trả lời không tự duyệt câu trả lời của mình.";
            feedback.ReviewStage = ReviewStage.Coordinator;
            await AppendAsync(actor, feedback, FeedbackEventType.AnswerApproved, FeedbackStatus.InReview,
                "Lãnh đạo cơ quan đã duyệt; câu trả lời chờ Văn phòng UBND tỉnh xem xét.", null, cancellationToken);
            await mail.ToCoordinatorsAsync(feedback, "Câu trả lời chờ Văn phòng UBND tỉnh duyệt",
                $"{await AgencyNameAsync(feedback.HoldingAgencyId, cancellationToken)} đã duyệt câu trả lời.", "feedback.review", cancellationToken);
            audit.Record("feedback.answer-approved-agency", nameof(FeedbackCase), feedback.Code, $"Lãnh đạo cơ quan duyệt câu trả lời {feedback.Code}");
            return await SaveAsync(cancellationToken);
        }
        if (!actor.IsCoordinator)
            return "Chỉ Văn phòng UBND tỉnh (điều phối) được duyệt ở bước này.";
        if (feedback.DraftedByUserId == actor.UserId)
            return "Người soạn câu trả lời không tự duyệt câu trả lời của mình.";
        feedback.AnswerText = feedback.AnswerDraft;
        feedback.AnsweredUtc = Now;
        feedback.ReviewStage = null;
        feedback.PausedUtc = null;
        if (feedback.AllowPublishAnswer && feedback.Publication != PublicationState.Published)
            feedback.Publication = PublicationState.Pending;
        var agencyName = await AgencyNameAsync(feedback.HoldingAgencyId, cancellationToken);
        await AppendAsync(actor, feedback, FeedbackEventType.Answered, FeedbackStatus.Answered,
            $"{agencyName} trả lời phản ánh, kiến nghị.", null, cancellationToken);
        mail.ToSender(feedback, "Trả lời phản ánh, kiến nghị",
            $"{agencyName} trả lời phản ánh, kiến nghị của Ông/Bà như sau:\n\n{feedback.AnswerText}\n\nNếu chưa hài lòng, Ông/Bà có thể đề nghị xem xét lại trong {settings.ReopenWithinDays} ngày trên trang tra cứu hồ sơ.",
            "feedback.answered");
        audit.Record("feedback.answered", nameof(FeedbackCase), feedback.Code, $"Duyệt và trả lời {feedback.Code}",
            new { agency = feedback.HoldingAgencyId, onTime = feedback.DueDate is not { } due || VnTime.ToLocalDate(Now) <= due });
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Sends an answer back for rework when it does not answer the question (QĐ 31/2021, Art. 46).</summary>
    public async Task<string?> ReturnAsync(CaseActor actor, FeedbackCase feedback, string? reason, CancellationToken cancellationToken)
    {
        if (feedback.Status != FeedbackStatus.InReview)
            return "Hồ sơ không có câu trả lời chờ duyệt.";
        var allowed = feedback.ReviewStage == ReviewStage.Agency
            ? actor.IsApprover && actor.AgencyId == feedback.HoldingAgencyId
            : actor.IsCoordinator;
        if (!allowed)
            return "Bạn không phải người duyệt ở bước này.";
        reason = Clean(reason);
        if (reason is null)
            return "Vui lòng ghi lý do trả lại để cán bộ hoàn thiện câu trả lời.";
        if (reason.Length > NoteMax)
            return $"Lý do tối đa {NoteMax} ký tự.";
        var stage = feedback.ReviewStage;
        feedback.ReviewStage = null;
        await AppendAsync(actor, feedback, FeedbackEventType.AnswerReturned, FeedbackStatus.InProgress,
            "Câu trả lời được trả lại để hoàn thiện.", reason, cancellationToken);
        await mail.ToUserAsync(feedback.DraftedByUserId, feedback, "Câu trả lời bị trả lại để hoàn thiện", $"{actor.Name} trả lại câu trả lời.\nLý do: {reason}",
            "feedback.returned", cancellationToken);
        audit.Record("feedback.answer-returned", nameof(FeedbackCase), feedback.Code, $"Trả lại câu trả lời {feedback.Code}", new { stage = stage?.ToString(), reason });
        return await SaveAsync(cancellationToken);
    }
}
