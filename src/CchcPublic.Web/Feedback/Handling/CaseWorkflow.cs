using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Handling;

/// <summary>
/// Everything staff do to a case after receipt. Each step checks who may take it in the case's present state,
/// then appends its event, its audit entry and its mails in one commit. A step returns null when done, or the
/// Vietnamese reason it was refused, having changed nothing.
/// </summary>
public sealed partial class CaseWorkflow(
    AppDbContext db, AuditLog audit, TimeProvider clock, CaseDeadlines deadlines, CaseMail mail, FeedbackSettings settings, FeedbackRouter router)
{
    public const string Stale = "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang và thực hiện lại.";
    private const int NoteMax = 4000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => VnTime.Today(clock);

    public async Task<int> TriageAgencyIdAsync(CancellationToken cancellationToken) =>
        router.TriageAgency(await CurrentAgenciesAsync(cancellationToken)).Id;

    public async Task<List<Agency>> CurrentAgenciesAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        return await db.Agencies.AsNoTracking()
            .Where(a => (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidTo == null || a.ValidTo >= today))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Classifies a received case into one of the four classes of Nghị định 92/2017.</summary>
    public async Task<string?> ClassifyAsync(CaseActor actor, FeedbackCase feedback, FeedbackClass? classification, int? targetAgencyId,
        string? note, CancellationToken cancellationToken)
    {
        var triage = await TriageAgencyIdAsync(cancellationToken);
        if (!actor.Holds(feedback, triage) && !actor.IsCoordinator)
            return "Chỉ cơ quan đang giữ hồ sơ hoặc Văn phòng UBND tỉnh được phân loại.";
        if (feedback.Status != FeedbackStatus.Received)
            return "Chỉ phân loại được hồ sơ vừa tiếp nhận.";
        if (classification is null)
            return "Vui lòng chọn loại phản ánh, kiến nghị.";
        note = Clean(note);
        if (note is { Length: > NoteMax })
            return $"Nội dung tối đa {NoteMax} ký tự (hiện có {note.Length}).";
        var from = feedback.HoldingAgencyId;
        switch (classification)
        {
            case FeedbackClass.NotAccepted:
                if (note is null)
                    return "Vui lòng ghi lý do không tiếp nhận; người gửi sẽ được thông báo lý do này.";
                await AppendAsync(actor, feedback, FeedbackEventType.NotAccepted, FeedbackStatus.NotAccepted,
                    $"Không tiếp nhận. Lý do: {note}", null, cancellationToken);
                feedback.ClosedUtc = Now;
                mail.ToSender(feedback, "Phản ánh, kiến nghị không được tiếp nhận",
                    $"Phản ánh, kiến nghị của Ông/Bà không đủ điều kiện tiếp nhận.\nLý do: {note}\nCơ quan quyết định: {await AgencyNameAsync(feedback.HoldingAgencyId, cancellationToken)}.",
                    "feedback.not-accepted");
                break;
            case FeedbackClass.OwnAuthority:
                await AppendAsync(actor, feedback, FeedbackEventType.Classified, FeedbackStatus.InProgress,
                    "Thuộc thẩm quyền của cơ quan tiếp nhận; đang xem xét, giải quyết.", note, cancellationToken);
                feedback.DueDate = deadlines.AnswerDue(feedback.Category, Today);
                break;
            case FeedbackClass.Conduct or FeedbackClass.OutsideAuthority:
                if (targetAgencyId is not { } target)
                    return "Vui lòng chọn cơ quan có thẩm quyền để chuyển.";
                if (target == feedback.HoldingAgencyId)
                    return "Cơ quan nhận phải khác cơ quan đang giữ hồ sơ.";
                var agency = (await CurrentAgenciesAsync(cancellationToken)).FirstOrDefault(a => a.Id == target);
                if (agency is null)
                    return "Cơ quan đã chọn không còn hoạt động hoặc không có trong danh mục.";
                feedback.HoldingAgencyId = target;
                feedback.AssignedUserId = null;
                feedback.AssignedName = null;
                feedback.ForwardedUtc ??= Now;
                feedback.DueDate = deadlines.AnswerDue(feedback.Category, Today);
                await AppendAsync(actor, feedback, FeedbackEventType.Forwarded, FeedbackStatus.Forwarded,
                    $"Chuyển {agency.Name} xem xét, giải quyết.", note, cancellationToken);
                await mail.ToAgencyAsync(target, feedback, "Hồ sơ phản ánh, kiến nghị được chuyển đến cơ quan",
                    $"Văn phòng/cơ quan tiếp nhận đã chuyển hồ sơ đến {agency.Name}.{(note is null ? "" : $"\nGhi chú: {note}")}",
                    "feedback.forwarded", cancellationToken);
                break;
        }
        feedback.Classification = classification;
        feedback.ClassifiedUtc = Now;
        audit.Record("feedback.classified", nameof(FeedbackCase), feedback.Code,
            $"Phân loại {feedback.Code}: {FeedbackText.Class(classification.Value)}",
            new { classification = classification.ToString(), from, to = feedback.HoldingAgencyId });
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Closes a case as a duplicate of an earlier one; the sender is pointed to the original.</summary>
    public async Task<string?> MergeAsync(CaseActor actor, FeedbackCase feedback, string? originalCode, string? note, CancellationToken cancellationToken)
    {
        var triage = await TriageAgencyIdAsync(cancellationToken);
        if (!actor.Holds(feedback, triage) && !actor.IsCoordinator)
            return "Chỉ cơ quan đang giữ hồ sơ hoặc Văn phòng UBND tỉnh được gộp hồ sơ.";
        if (!feedback.IsOpen || feedback.Status == FeedbackStatus.InReview)
            return "Hồ sơ đã kết thúc hoặc đang duyệt câu trả lời, không gộp được.";
        originalCode = originalCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(originalCode))
            return "Vui lòng nhập mã hồ sơ gốc.";
        var original = await db.FeedbackCases.AsNoTracking().Where(c => c.Code == originalCode)
            .Select(c => new { c.Id, c.Code, c.Status, c.DuplicateOfId }).SingleOrDefaultAsync(cancellationToken);
        if (original is null)
            return $"Không tìm thấy hồ sơ {originalCode}.";
        if (original.Id == feedback.Id)
            return "Không gộp hồ sơ vào chính nó.";
        if (original.DuplicateOfId is not null)
            return $"Hồ sơ {original.Code} cũng là hồ sơ trùng; hãy gộp vào hồ sơ gốc của nó.";
        feedback.DuplicateOfId = original.Id;
        feedback.ClosedUtc = Now;
        await AppendAsync(actor, feedback, FeedbackEventType.Merged, FeedbackStatus.Duplicate,
            $"Nội dung trùng với hồ sơ {original.Code}; kết quả xử lý được theo dõi tại hồ sơ đó.", Clean(note), cancellationToken);
        mail.ToSender(feedback, "Phản ánh, kiến nghị trùng nội dung",
            $"Phản ánh, kiến nghị của Ông/Bà trùng nội dung với hồ sơ {original.Code} đang được xử lý. Kết quả sẽ được trả lời theo hồ sơ đó.",
            "feedback.merged");
        audit.Record("feedback.merged", nameof(FeedbackCase), feedback.Code, $"Gộp {feedback.Code} vào {original.Code}", new { original = original.Code });
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Asks the sender for more; the deadline stands still until they answer.</summary>
    public async Task<string?> RequestInformationAsync(CaseActor actor, FeedbackCase feedback, string? question, CancellationToken cancellationToken)
    {
        var triage = await TriageAgencyIdAsync(cancellationToken);
        if (!actor.Holds(feedback, triage) && !actor.IsCoordinator)
            return "Chỉ cơ quan đang giữ hồ sơ được đề nghị bổ sung thông tin.";
        if (feedback.Status is not (FeedbackStatus.Received or FeedbackStatus.Forwarded or FeedbackStatus.InProgress or FeedbackStatus.Reopened))
            return "Không đề nghị bổ sung được ở trạng thái hiện tại của hồ sơ.";
        question = Clean(question);
        if (question is null)
            return "Vui lòng ghi nội dung cần người gửi bổ sung.";
        if (question.Length > NoteMax)
            return $"Nội dung tối đa {NoteMax} ký tự (hiện có {question.Length}).";
        feedback.PausedUtc = Now;
        await AppendAsync(actor, feedback, FeedbackEventType.InformationRequested, FeedbackStatus.AwaitingInformation,
            $"Đề nghị người gửi bổ sung: {question}", null, cancellationToken);
        mail.ToSender(feedback, "Đề nghị bổ sung thông tin",
            $"Để xem xét phản ánh, kiến nghị của Ông/Bà, cơ quan đề nghị bổ sung:\n{question}\n\nVui lòng bổ sung trên trang tra cứu hồ sơ. Thời hạn xử lý tạm dừng cho đến khi Ông/Bà bổ sung.",
            "feedback.information-requested");
        audit.Record("feedback.information-requested", nameof(FeedbackCase), feedback.Code, $"Đề nghị người gửi bổ sung thông tin cho {feedback.Code}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Called when the sender adds information: restarts the clock where it stopped.</summary>
    public void Resume(FeedbackCase feedback)
    {
        if (feedback.PausedUtc is { } paused)
        {
            deadlines.Resume(feedback, VnTime.ToLocalDate(paused), Today);
            feedback.PausedUtc = null;
        }
    }

    public async Task<string?> AssignAsync(CaseActor actor, FeedbackCase feedback, string? userId, CancellationToken cancellationToken)
    {
        var triage = await TriageAgencyIdAsync(cancellationToken);
        if (!actor.Holds(feedback, triage))
            return "Chỉ cơ quan đang giữ hồ sơ được giao xử lý.";
        if (!feedback.IsOpen)
            return "Hồ sơ đã kết thúc.";
        var staff = await StaffAsync(feedback.HoldingAgencyId, triage, cancellationToken);
        var assignee = staff.FirstOrDefault(s => s.Id == userId);
        if (assignee is null)
            return "Vui lòng chọn một cán bộ của cơ quan đang giữ hồ sơ.";
        feedback.AssignedUserId = assignee.Id;
        feedback.AssignedName = assignee.Name;
        var to = feedback.Status is FeedbackStatus.Forwarded ? FeedbackStatus.InProgress : feedback.Status;
        await AppendAsync(actor, feedback, FeedbackEventType.Assigned, to, null, $"Giao {assignee.Name} xử lý.", cancellationToken, isPublic: false);
        await mail.ToUserAsync(assignee.Id, feedback, "Bạn được giao xử lý hồ sơ", $"{actor.Name} giao bạn xử lý hồ sơ.", "feedback.assigned", cancellationToken);
        audit.Record("feedback.assigned", nameof(FeedbackCase), feedback.Code, $"Giao {assignee.Name} xử lý {feedback.Code}", new { assignee = assignee.Id });
        return await SaveAsync(cancellationToken);
    }

    public sealed record StaffMember(string Id, string Name);

    /// <summary>Who can be given the case: active agency staff of the holder (and coordinators for the triage agency).</summary>
    public async Task<IReadOnlyList<StaffMember>> StaffAsync(int? agencyId, int triageAgencyId, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> roles = agencyId == triageAgencyId ? [.. Admin.Roles.AgencyBound, Admin.Roles.Coordinator] : Admin.Roles.AgencyBound;
        var rows = await (from user in db.Users.AsNoTracking()
                          join link in db.UserRoles on user.Id equals link.UserId
                          join role in db.Roles on link.RoleId equals role.Id
                          where !user.IsDisabled && roles.Contains(role.Name!)
                                && (user.AgencyId == agencyId || (role.Name == Admin.Roles.Coordinator && agencyId == triageAgencyId))
                          select new { user.Id, user.FullName, user.UserName }).Distinct().ToListAsync(cancellationToken);
        return rows.Select(r => new StaffMember(r.Id, string.IsNullOrWhiteSpace(r.FullName) ? r.UserName ?? r.Id : r.FullName))
            .OrderBy(s => s.Name, StringComparer.Create(VnTime.Culture, false)).ToList();
    }

    /// <summary>An internal note: seen by staff handling the case, never by the sender or the public.</summary>
    public async Task<string?> AddNoteAsync(CaseActor actor, FeedbackCase feedback, string? text, CancellationToken cancellationToken)
    {
        if (!actor.CanSee(feedback))
            return "Bạn không có quyền với hồ sơ này.";
        text = Clean(text);
        if (text is null)
            return "Vui lòng nhập nội dung ghi chú.";
        if (text.Length > NoteMax)
            return $"Ghi chú tối đa {NoteMax} ký tự (hiện có {text.Length}).";
        await AppendAsync(actor, feedback, FeedbackEventType.NoteAdded, feedback.Status, null, text, cancellationToken, isPublic: false);
        audit.Record("feedback.note-added", nameof(FeedbackCase), feedback.Code, $"Ghi chú nội bộ cho {feedback.Code}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Hands the case to another agency with a reason; the history keeps every holder.</summary>
    public async Task<string?> TransferAsync(CaseActor actor, FeedbackCase feedback, int? targetAgencyId, string? reason, CancellationToken cancellationToken)
    {
        var triage = await TriageAgencyIdAsync(cancellationToken);
        if (!actor.Holds(feedback, triage) && !actor.IsCoordinator)
            return "Chỉ cơ quan đang giữ hồ sơ hoặc Văn phòng UBND tỉnh được chuyển hồ sơ.";
        if (feedback.Status is not (FeedbackStatus.Forwarded or FeedbackStatus.InProgress or FeedbackStatus.Reopened))
            return "Chỉ chuyển được hồ sơ đang xử lý (không trong lúc duyệt câu trả lời hay chờ người gửi).";
        reason = Clean(reason);
        if (reason is null)
            return "Vui lòng ghi lý do chuyển.";
        if (reason.Length > NoteMax)
            return $"Lý do tối đa {NoteMax} ký tự.";
        var agency = (await CurrentAgenciesAsync(cancellationToken)).FirstOrDefault(a => a.Id == targetAgencyId);
        if (agency is null)
            return "Vui lòng chọn cơ quan nhận đang hoạt động.";
        if (agency.Id == feedback.HoldingAgencyId)
            return "Cơ quan nhận phải khác cơ quan đang giữ hồ sơ.";
        var from = feedback.HoldingAgencyId;
        var fromName = await AgencyNameAsync(from, cancellationToken);
        feedback.HoldingAgencyId = agency.Id;
        feedback.AssignedUserId = null;
        feedback.AssignedName = null;
        feedback.AnswerDraft = null;
        await AppendAsync(actor, feedback, FeedbackEventType.Transferred, FeedbackStatus.Forwarded,
            $"{fromName} chuyển hồ sơ đến {agency.Name}. Lý do: {reason}", null, cancellationToken);
        await mail.ToAgencyAsync(agency.Id, feedback, "Hồ sơ phản ánh, kiến nghị được chuyển đến cơ quan",
            $"{fromName} chuyển hồ sơ đến {agency.Name}.\nLý do: {reason}", "feedback.transferred", cancellationToken);
        audit.Record("feedback.transferred", nameof(FeedbackCase), feedback.Code, $"Chuyển {feedback.Code} từ {fromName} đến {agency.Name}",
            new { from, to = agency.Id, reason });
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Extends the running deadline once, with a reason.</summary>
    public async Task<string?> ExtendAsync(CaseActor actor, FeedbackCase feedback, int? workingDays, string? reason, CancellationToken cancellationToken)
    {
        var triage = await TriageAgencyIdAsync(cancellationToken);
        if (!actor.Holds(feedback, triage) && !actor.IsCoordinator)
            return "Chỉ cơ quan đang giữ hồ sơ hoặc Văn phòng UBND tỉnh được gia hạn.";
        if (feedback.ExtendedUtc is not null)
            return "Hồ sơ đã được gia hạn một lần; không gia hạn thêm.";
        if (!feedback.IsOpen || feedback.Status == FeedbackStatus.AwaitingInformation)
            return "Chỉ gia hạn được hồ sơ đang xử lý.";
        var max = settings.Deadlines.MaxExtensionWorkingDays;
        if (workingDays is not { } days || days < 1 || days > max)
            return $"Số ngày gia hạn phải từ 1 đến {max} ngày làm việc.";
        reason = Clean(reason);
        if (reason is null)
            return "Vui lòng ghi lý do gia hạn.";
        if (reason.Length > 1000)
            return "Lý do gia hạn tối đa 1000 ký tự.";
        DateOnly newDue;
        if (feedback.Status == FeedbackStatus.Received)
        {
            newDue = deadlines.Calendar.AddWorkingDays(feedback.ForwardDueDate ?? Today, days);
            feedback.ForwardDueDate = newDue;
        }
        else
        {
            newDue = deadlines.Calendar.AddWorkingDays(feedback.DueDate ?? Today, days);
            feedback.DueDate = newDue;
        }
        feedback.ExtendedUtc = Now;
        feedback.ExtensionReason = reason;
        feedback.RemindedOn = null;
        feedback.EscalatedOn = null;
        await AppendAsync(actor, feedback, FeedbackEventType.DeadlineExtended, feedback.Status,
            $"Gia hạn {days} ngày làm việc, đến {newDue:dd/MM/yyyy}. Lý do: {reason}", null, cancellationToken);
        mail.ToSender(feedback, "Gia hạn xử lý phản ánh, kiến nghị", $"Thời hạn xử lý được gia hạn đến ngày {newDue:dd/MM/yyyy}.\nLý do: {reason}", "feedback.extended");
        audit.Record("feedback.extended", nameof(FeedbackCase), feedback.Code, $"Gia hạn {feedback.Code} đến {newDue:dd/MM/yyyy}", new { days, reason });
        return await SaveAsync(cancellationToken);
    }

    internal async Task<FeedbackEvent> AppendAsync(CaseActor actor, FeedbackCase feedback, FeedbackEventType type, FeedbackStatus to,
        string? publicNote, string? internalNote, CancellationToken cancellationToken, bool isPublic = true)
    {
        var entry = new FeedbackEvent
        {
            CaseId = feedback.Id, OccurredUtc = Now, Type = type, FromStatus = feedback.Status, ToStatus = to,
            ActorUserId = actor.UserId.Length == 0 ? null : actor.UserId, ActorName = actor.Name,
            AgencyId = feedback.HoldingAgencyId, AgencyName = await AgencyNameAsync(feedback.HoldingAgencyId, cancellationToken),
            PublicNote = isPublic ? publicNote : null, InternalNote = internalNote, IsPublic = isPublic && publicNote is not null,
        };
        db.FeedbackEvents.Add(entry);
        if (feedback.Status != to)
        {
            // A new stage has a new deadline: its reminders start afresh.
            feedback.RemindedOn = null;
            feedback.EscalatedOn = null;
        }
        feedback.Status = to;
        feedback.UpdatedUtc = Now;
        return entry;
    }

    private readonly Dictionary<int, string> agencyNames = [];

    internal async Task<string> AgencyNameAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not { } value)
            return "";
        if (!agencyNames.TryGetValue(value, out var name))
        {
            name = await db.Agencies.AsNoTracking().Where(a => a.Id == value).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
            agencyNames[value] = name;
        }
        return name;
    }

    private async Task<string?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
