using System.Net;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Feedback;
using CchcPublic.Web.Feedback.Deadlines;
using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.Feedback.Tracking;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class FeedbackHandlingTests<TSite> : IClassFixture<TSite> where TSite : CchcFactory
{
    private readonly TSite site;
    private readonly FakeTimeProvider clock;

    protected FeedbackHandlingTests(TSite site)
    {
        this.site = site;
        // Monday 20/04/2026, 09:00 in Việt Nam: the week before Giỗ Tổ's nghỉ bù (27/04) and 30/04–01/05.
        site.Clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 4, 20, 2, 0, 0, TimeSpan.Zero));
        clock = site.Clock;
    }

    private WorkingCalendar Calendar => site.Services.GetRequiredService<WorkingCalendar>();
    private DateOnly Today => VnTime.Today(clock);

    private Task<FeedbackCase> CaseAsync(string code) =>
        site.DbAsync(db => db.FeedbackCases.AsNoTracking().SingleAsync(c => c.Code == code));

    private Task<int> MailsAsync(string code, string purpose) =>
        site.DbAsync(db => db.OutboxMails.CountAsync(m => m.Reference == code && m.Purpose == purpose));

    private async Task<MaintenanceSummary> MaintainAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseMaintenance>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Routing_sends_a_land_case_to_the_commune_and_explains_why_and_an_unmatched_case_waits_for_triage()
    {
        var land = await site.SubmitAsync(CaseHelpers.Submission("Chậm cấp sổ đỏ", procedure: "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
            commune: "UBND phường Nghĩa Lộ"));
        var other = await site.SubmitAsync(CaseHelpers.Submission("Góp ý giờ làm việc", category: "khac"));

        var routed = await CaseAsync(land);
        Assert.Equal(await site.AgencyIdAsync("P-NGHIA-LO"), routed.HoldingAgencyId);
        Assert.Equal("Quy tắc 2: thủ tục đất đai tại xã, phường → Ủy ban nhân dân phường Nghĩa Lộ", routed.RoutingExplanation);
        Assert.Equal(Calendar.AddWorkingDays(Today, 5), routed.ForwardDueDate);
        var waiting = await CaseAsync(other);
        Assert.Equal(await site.AgencyIdAsync("VP-UBND"), waiting.HoldingAgencyId);
        Assert.StartsWith("Không có quy tắc nào phù hợp → hàng đợi phân loại của Văn phòng", waiting.RoutingExplanation);
        Assert.Equal(FeedbackStatus.Received, waiting.Status);
    }

    [Fact]
    public async Task Forwarded_answer_passes_agency_and_coordinator_review_with_rework_before_the_sender_sees_it()
    {
        var code = await site.SubmitAsync(CaseHelpers.Submission("Hỏi về lệ phí chứng thực", category: "khac"));
        var tuPhap = (await site.AgencyIdAsync("SO-TU-PHAP")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "dieuphoi");
        var handler = await site.StaffAsync(Roles.AgencyHandler, "SO-TU-PHAP", "xuly");
        var approver = await site.StaffAsync(Roles.AgencyApprover, "SO-TU-PHAP", "lanhdao");

        await coordinator.DoAsync(code, "Classify", ("Classification", "OutsideAuthority"), ("TargetAgencyId", tuPhap), ("Note", "Thuộc lĩnh vực chứng thực."));
        var forwarded = await CaseAsync(code);
        Assert.Equal(FeedbackStatus.Forwarded, forwarded.Status);
        Assert.Equal(Calendar.AddWorkingDays(Today, 10), forwarded.DueDate);
        Assert.True(await MailsAsync(code, "feedback.forwarded") >= 1);

        // The handler cannot approve their own answer; the approver sends it back once for rework.
        await handler.DoAsync(code, "Draft", ("Draft", "Lệ phí chứng thực bản sao là 2.000 đồng/trang."), ("Then", "trinh"));
        Assert.Contains("Chỉ lãnh đạo", await handler.RefusalAsync(code, "Approve"));
        await approver.DoAsync(code, "Return", ("Template", "tra-lai-thieu-can-cu"));
        var returned = await CaseAsync(code);
        Assert.Equal(FeedbackStatus.InProgress, returned.Status);
        Assert.Null(returned.AnswerText);
        await handler.DoAsync(code, "Draft", ("Draft", "Theo Thông tư 226/2016/TT-BTC, lệ phí chứng thực bản sao là 2.000 đồng/trang. Ông Bình có thể gọi 0941.121.279 để được hướng dẫn."), ("Then", "trinh"));
        await approver.DoAsync(code, "Approve");
        Assert.Equal(ReviewStage.Coordinator, (await CaseAsync(code)).ReviewStage);
        Assert.Equal(0, await MailsAsync(code, "feedback.answered"));

        await coordinator.DoAsync(code, "Approve");
        var answered = await CaseAsync(code);
        Assert.Equal(FeedbackStatus.Answered, answered.Status);
        Assert.StartsWith("Theo Thông tư 226/2016/TT-BTC", answered.AnswerText);
        Assert.Equal(PublicationState.Pending, answered.Publication);
        Assert.Equal(1, await MailsAsync(code, "feedback.answered"));
        var events = await site.DbAsync(db => db.FeedbackEvents.Where(e => e.CaseId == answered.Id).Select(e => e.Type).ToListAsync());
        Assert.Contains(FeedbackEventType.AnswerReturned, events);
        Assert.Equal(2, events.Count(e => e == FeedbackEventType.AnswerSubmitted));

        // Publication: the proposal has the sender's name and phone replaced; a person checks, then publishes.
        var page = await coordinator.GetDocumentAsync(CaseHelpers.CaseUrl(code));
        var question = page.QuerySelector("#public-question")!.TextContent;
        var answer = page.QuerySelector("#public-answer")!.TextContent;
        Assert.DoesNotContain("0941", question + answer);
        Assert.DoesNotContain("Trần Văn Bình", question);
        Assert.Contains("[số điện thoại]", answer);
        Assert.Contains("Văn bản công khai vẫn còn thông tin cá nhân", await coordinator.RefusalAsync(code, "Publish",
            ("PublicTitle", "Lệ phí chứng thực"), ("PublicQuestion", question + " Trần Văn Bình"), ("PublicAnswer", answer)));
        await coordinator.DoAsync(code, "Publish", ("PublicTitle", "Lệ phí chứng thực bản sao"), ("PublicQuestion", question), ("PublicAnswer", answer));

        var anonymous = site.Browser();
        var listing = await anonymous.GetDocumentAsync("/hoi-dap");
        Assert.Contains("Lệ phí chứng thực bản sao", listing.Body!.TextContent);
        var published = await anonymous.GetAsync($"/hoi-dap/{code}");
        var text = await published.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains("Sở Tư pháp", text);
        Assert.DoesNotContain("0941", text);
        Assert.DoesNotContain("Bình", text);
        Assert.True(await site.DbAsync(db => db.ContentChanges.AnyAsync(c => c.PublishedAnswerId != null)));

        // Handed to search: the checked copy is found, and withdrawing it takes it out again.
        await site.SearchCaughtUpAsync();
        var hits = await anonymous.SearchApiAsync("lệ phí chứng thực bản sao");
        Assert.Contains($"/hoi-dap/{code}", hits.Urls());
        Assert.DoesNotContain("0941", hits.ToString());
        await coordinator.DoAsync(code, "Withdraw", ("Note", "Người gửi đề nghị thôi công khai."));
        await site.SearchCaughtUpAsync();
        Assert.DoesNotContain($"/hoi-dap/{code}", (await anonymous.SearchApiAsync("lệ phí chứng thực bản sao")).Urls());
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/hoi-dap/{code}")).StatusCode);
    }

    [Fact]
    public async Task An_agency_sees_only_the_cases_it_holds_now_by_address_list_and_search()
    {
        var code = await site.SubmitAsync(CaseHelpers.Submission("Chậm trả kết quả môi trường", category: "khac"));
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "dieuphoi");
        var nnmt = await site.StaffAsync(Roles.AgencyHandler, "SO-NN-MT", "nnmt");
        var tuPhap = await site.StaffAsync(Roles.AgencyApprover, "SO-TU-PHAP", "tuphap");
        await coordinator.DoAsync(code, "Classify", ("Classification", "OutsideAuthority"), ("TargetAgencyId", (await site.AgencyIdAsync("SO-NN-MT")).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.NotFound, (await tuPhap.GetAsync(CaseHelpers.CaseUrl(code))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tuPhap.GetAsync(CaseHelpers.CaseUrl(code) + "?handler=Sender")).StatusCode);
        Assert.DoesNotContain(code, (await tuPhap.GetDocumentAsync($"/quan-tri/phan-anh?trang-thai=tat-ca&q={code}")).Body!.TextContent);
        Assert.Contains(code, (await nnmt.GetDocumentAsync($"/quan-tri/phan-anh?q={code}")).Body!.TextContent);

        await nnmt.DoAsync(code, "Transfer", ("TargetAgencyId", (await site.AgencyIdAsync("SO-TU-PHAP")).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Note", "Nội dung thuộc lĩnh vực tư pháp."));

        Assert.Equal(HttpStatusCode.NotFound, (await nnmt.GetAsync(CaseHelpers.CaseUrl(code))).StatusCode);
        Assert.DoesNotContain(code, (await nnmt.GetDocumentAsync($"/quan-tri/phan-anh?trang-thai=tat-ca&q={code}")).Body!.TextContent);
        var page = await tuPhap.GetDocumentAsync(CaseHelpers.CaseUrl(code));
        Assert.Contains("Nội dung thuộc lĩnh vực tư pháp.", page.QuerySelector("#lich-su")!.ParentElement!.TextContent);
        // Sender details appear only on request, and the request is logged.
        Assert.DoesNotContain("Trần Văn Bình", page.QuerySelector("#nguoi-gui")!.ParentElement!.TextContent);
        var shown = await tuPhap.GetDocumentAsync(CaseHelpers.CaseUrl(code) + "?handler=Sender");
        Assert.Contains("Trần Văn Bình", shown.QuerySelector("#nguoi-gui")!.ParentElement!.TextContent);
        Assert.Equal(1, await site.DbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "feedback.sender-viewed" && e.EntityId == code)));
    }

    [Fact]
    public async Task Asking_the_sender_pauses_the_clock_and_their_reply_moves_the_deadline_by_the_working_days_waited()
    {
        var code = await site.SubmitAsync(CaseHelpers.Submission("Không rõ thời hạn giải quyết", category: "khac"));
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "dieuphoi");
        await coordinator.DoAsync(code, "Classify", ("Classification", "OwnAuthority"));
        var due = (await CaseAsync(code)).DueDate!.Value;

        await coordinator.DoAsync(code, "Information", ("Template", "bo-sung-ho-so"));
        var paused = await CaseAsync(code);
        Assert.Equal(FeedbackStatus.AwaitingInformation, paused.Status);
        Assert.Equal(1, await MailsAsync(code, "feedback.information-requested"));
        var pausedOn = Today;
        clock.Advance(TimeSpan.FromDays(7));
        var waited = Calendar.WorkingDaysBetween(pausedOn, Today);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var tracking = scope.ServiceProvider.GetRequiredService<FeedbackTracking>();
            var db = scope.ServiceProvider.GetRequiredService<CchcPublic.Web.Infrastructure.Data.AppDbContext>();
            var feedback = await db.FeedbackCases.SingleAsync(c => c.Code == code);
            Assert.Null(await tracking.AddInformationAsync(feedback, "Mã hồ sơ 000.00.12.H48-260401-0012, nộp ngày 01/4.", [], CancellationToken.None));
        }

        var resumed = await CaseAsync(code);
        Assert.Equal(FeedbackStatus.InProgress, resumed.Status);
        Assert.Null(resumed.PausedUtc);
        Assert.True(waited >= 4);
        Assert.Equal(Calendar.AddWorkingDays(due, waited), resumed.DueDate);
    }

    [Fact]
    public async Task A_deadline_is_extended_once_and_only_with_a_reason()
    {
        var code = await site.SubmitAsync(CaseHelpers.Submission("Kiến nghị sửa quy định", category: "khac"));
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "dieuphoi");
        await coordinator.DoAsync(code, "Classify", ("Classification", "OwnAuthority"));
        var due = (await CaseAsync(code)).DueDate!.Value;

        Assert.Equal("Vui lòng ghi lý do gia hạn.", await coordinator.RefusalAsync(code, "Extend", ("Days", "5")));
        Assert.Contains("từ 1 đến 10", await coordinator.RefusalAsync(code, "Extend", ("Days", "30"), ("Note", "Cần xác minh")));
        Assert.Contains("từ 1 đến 10", await coordinator.RefusalAsync(code, "Extend", ("Days", "năm"), ("Note", "Cần xác minh")));
        Assert.Equal(due, (await CaseAsync(code)).DueDate);
        await coordinator.DoAsync(code, "Extend", ("Days", "5"), ("Note", "Cần xác minh tại hai đơn vị."));
        Assert.Equal(Calendar.AddWorkingDays(due, 5), (await CaseAsync(code)).DueDate);
        Assert.Contains("đã được gia hạn một lần", await coordinator.RefusalAsync(code, "Extend", ("Days", "2"), ("Note", "Thêm")));
    }

    [Fact]
    public async Task Not_accepted_and_duplicate_cases_tell_the_sender_who_decided_and_why()
    {
        var original = await site.SubmitAsync(CaseHelpers.Submission("Chậm cấp phép xây dựng", category: "khac"));
        var copy = await site.SubmitAsync(CaseHelpers.Submission("Chậm cấp phép xây dựng nhà", category: "khac"));
        var refused = await site.SubmitAsync(CaseHelpers.Submission("Đề nghị tư vấn chia thừa kế", category: "khac"));
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "dieuphoi");

        Assert.Contains("lý do không tiếp nhận", await coordinator.RefusalAsync(refused, "Classify", ("Classification", "NotAccepted")));
        await coordinator.DoAsync(refused, "Classify", ("Classification", "NotAccepted"), ("Template", "tu-van-phap-luat"));
        await coordinator.DoAsync(copy, "Merge", ("OriginalCode", original.ToLowerInvariant()));
        Assert.Contains("không gộp hồ sơ vào chính nó", (await coordinator.RefusalAsync(original, "Merge", ("OriginalCode", original))).ToLowerInvariant());

        var declined = await CaseAsync(refused);
        Assert.Equal(FeedbackStatus.NotAccepted, declined.Status);
        Assert.Equal(1, await MailsAsync(refused, "feedback.not-accepted"));
        var note = await site.DbAsync(db => db.FeedbackEvents.Where(e => e.CaseId == declined.Id && e.Type == FeedbackEventType.NotAccepted)
            .Select(e => new { e.PublicNote, e.AgencyName }).SingleAsync());
        Assert.Contains("tư vấn pháp luật", note.PublicNote);
        Assert.StartsWith("Văn phòng Ủy ban nhân dân tỉnh", note.AgencyName);
        var merged = await CaseAsync(copy);
        Assert.Equal(FeedbackStatus.Duplicate, merged.Status);
        Assert.Equal((await CaseAsync(original)).Id, merged.DuplicateOfId);
        Assert.Equal(1, await MailsAsync(copy, "feedback.merged"));
    }

    [Fact]
    public async Task Retiring_an_agency_moves_each_open_case_to_the_successor_that_fits_and_history_keeps_the_old_name()
    {
        var agency = await site.DbAsync(async db =>
        {
            var row = new Agency { Code = "SO-TAM-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), Name = "Sở Thử nghiệm sắp xếp", ShortName = "Sở Thử nghiệm", Level = AgencyLevel.Department };
            db.Agencies.Add(row);
            await db.SaveChangesAsync();
            return row;
        });
        var poverty = await site.SubmitAsync(CaseHelpers.Submission("Chậm xét duyệt hộ nghèo", category: "khac", content: "Hồ sơ đề nghị công nhận hộ nghèo nộp từ tháng 3 chưa được xét."));
        var children = await site.SubmitAsync(CaseHelpers.Submission("Trợ cấp trẻ em mồ côi", category: "khac", content: "Đề nghị giải quyết trợ cấp cho trẻ em mồ côi."));
        var plain = await site.SubmitAsync(CaseHelpers.Submission("Thái độ tiếp dân", category: "khac", content: "Cán bộ tiếp dân chưa niềm nở."));
        var finished = await site.SubmitAsync(CaseHelpers.Submission("Đã xong", category: "khac"));
        await site.DbAsync(db => db.FeedbackCases.Where(c => c.Code == poverty || c.Code == children || c.Code == plain || c.Code == finished)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HoldingAgencyId, agency.Id)));
        await site.DbAsync(db => db.FeedbackCases.Where(c => c.Code == finished).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, FeedbackStatus.Closed)));

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var retirement = scope.ServiceProvider.GetRequiredService<AgencyRetirement>();
            var errors = await retirement.RetireAsync(agency.Id, Today.AddDays(-1),
            [
                new SuccessorChoice(await site.AgencyIdAsync("SO-NOI-VU"), "Các lĩnh vực còn lại"),
                new SuccessorChoice(await site.AgencyIdAsync("SO-Y-TE"), "Trẻ em", ["trẻ em", "bảo trợ xã hội"]),
                new SuccessorChoice(await site.AgencyIdAsync("SO-NN-MT"), "Giảm nghèo", ["giảm nghèo", "hộ nghèo"]),
            ], "Quyết định sắp xếp số 01/QĐ-UBND (kiểm thử)");
            Assert.Empty(errors);
        }

        Assert.Equal(await site.AgencyIdAsync("SO-NN-MT"), (await CaseAsync(poverty)).HoldingAgencyId);
        Assert.Equal(await site.AgencyIdAsync("SO-Y-TE"), (await CaseAsync(children)).HoldingAgencyId);
        Assert.Equal(await site.AgencyIdAsync("SO-NOI-VU"), (await CaseAsync(plain)).HoldingAgencyId);
        Assert.Equal(agency.Id, (await CaseAsync(finished)).HoldingAgencyId);
        var moved = await site.DbAsync(db => db.FeedbackEvents.Where(e => e.Type == FeedbackEventType.Moved && e.AgencyId == agency.Id).ToListAsync());
        Assert.Equal(3, moved.Count);
        Assert.All(moved, e => Assert.Equal("Sở Thử nghiệm sắp xếp", e.AgencyName));
        Assert.Contains(moved, e => e.PublicNote!.Contains("phù hợp lĩnh vực: hộ nghèo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deadline_mails_go_once_per_day_and_overdue_cases_are_escalated_then_answered_cases_close_and_are_anonymised()
    {
        var code = await site.SubmitAsync(CaseHelpers.Submission("Nhắc hạn và lưu trữ", category: "khac", publish: false));
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "dieuphoi");
        await coordinator.DoAsync(code, "Classify", ("Classification", "OwnAuthority"));
        var due = (await CaseAsync(code)).DueDate!.Value;

        while (Calendar.WorkingDaysBetween(Today, due) > 2)
            clock.Advance(TimeSpan.FromDays(1));
        await MaintainAsync();
        await MaintainAsync();
        Assert.Equal(1, await MailsAsync(code, "feedback.reminder"));

        while (Today <= due)
            clock.Advance(TimeSpan.FromDays(1));
        await MaintainAsync();
        await MaintainAsync();
        Assert.True(await MailsAsync(code, "feedback.escalation") >= 1);
        var escalations = await MailsAsync(code, "feedback.escalation");
        var overdue = await site.Browser().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, overdue.StatusCode);
        var inbox = await (await site.StaffAsync(Roles.Coordinator, "VP-UBND", "dieuphoi")).GetDocumentAsync($"/quan-tri/phan-anh?han=qua-han&q={code}");
        Assert.Contains("Quá hạn", inbox.QuerySelector("tbody")!.TextContent);

        // Answer it, let the reopening window pass, then the retention period.
        var handler = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "soanthao");
        await handler.DoAsync(code, "Draft", ("Draft", "Trả lời ông Trần Văn Bình (0941.121.279): đã giải quyết xong."), ("Then", "trinh"));
        var approver = await site.StaffAsync(Roles.AgencyApprover, "VP-UBND", "lanhdao");
        await approver.DoAsync(code, "Approve");
        await (await site.StaffAsync(Roles.Coordinator, "VP-UBND", "dieuphoi")).DoAsync(code, "Approve");
        Assert.Equal(escalations, await MailsAsync(code, "feedback.escalation"));
        clock.Advance(TimeSpan.FromDays(31));
        await MaintainAsync();
        Assert.Equal(FeedbackStatus.Closed, (await CaseAsync(code)).Status);

        clock.Advance(TimeSpan.FromDays(366 * 5));
        await MaintainAsync();
        var anonymised = await site.DbAsync(db => db.FeedbackCases.AsNoTracking().Include(c => c.Sender).SingleAsync(c => c.Code == code));
        Assert.NotNull(anonymised.AnonymisedUtc);
        Assert.Equal("[đã xóa]", anonymised.Sender.FullName);
        Assert.Null(anonymised.Sender.Phone);
        Assert.Null(anonymised.Sender.Email);
        Assert.DoesNotContain("0941", anonymised.Content + anonymised.AnswerText);
        Assert.DoesNotContain("Bình", anonymised.Content + anonymised.AnswerText);
        Assert.Equal(FeedbackStatus.Closed, anonymised.Status);
    }

    [Fact]
    public async Task An_administrator_exports_then_erases_a_senders_data_on_request()
    {
        var submission = CaseHelpers.Submission("Yêu cầu xóa dữ liệu", category: "khac");
        var code = await site.SubmitAsync(submission);
        var admin = await site.AdministratorAsync();

        var export = await admin.PostFormAsync("/quan-tri/phan-anh/du-lieu-ca-nhan", [new("Contact", submission.Email!)], "/quan-tri/phan-anh/du-lieu-ca-nhan?handler=Export");
        Assert.Equal("application/json; charset=utf-8", export.Content.Headers.ContentType!.ToString());
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains(code, json);
        Assert.Contains("Trần Văn Bình", json);

        var refused = await admin.PostFormAsync("/quan-tri/phan-anh/du-lieu-ca-nhan", [new("Contact", submission.Email!)], "/quan-tri/phan-anh/du-lieu-ca-nhan?handler=Erase");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Null((await CaseAsync(code)).AnonymisedUtc);
        var erased = await admin.PostFormAsync("/quan-tri/phan-anh/du-lieu-ca-nhan", [new("Contact", submission.Email!), new("Reason", "Đơn yêu cầu ngày 20/4")], "/quan-tri/phan-anh/du-lieu-ca-nhan?handler=Erase");
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var stored = await site.DbAsync(db => db.FeedbackCases.AsNoTracking().Include(c => c.Sender).SingleAsync(c => c.Code == code));
        Assert.Equal("[đã xóa]", stored.Sender.FullName);
        Assert.NotNull(stored.AnonymisedUtc);
        var actions = await site.DbAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("feedback.sender-")).Select(e => e.Action).ToListAsync());
        Assert.Contains("feedback.sender-exported", actions);
    }
}

public sealed class FeedbackHandlingTestsOnSqlite(SqliteSite site) : FeedbackHandlingTests<SqliteSite>(site);

public sealed class FeedbackHandlingTestsOnPostgres(PostgresSite site) : FeedbackHandlingTests<PostgresSite>(site);
