using CchcPublic.Tests.Support;
using CchcPublic.Web.Feedback;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class FeedbackTrackingTests<TSite> : IClassFixture<TSite> where TSite : CchcFactory
{
    private readonly TSite site;

    protected FeedbackTrackingTests(TSite site)
    {
        this.site = site;
        site.Settings["Cchc:Feedback:SubmissionsPerIpPerHour"] = "1000";
        site.Settings["Cchc:Feedback:Captcha:Altcha:MaxNumber"] = "5000";
    }

    private async Task<(HttpClient Client, string Code, string Key)> SendAsync()
    {
        var client = site.Browser();
        var (code, key, _) = await client.ReceiptAsync(await client.SendAsync(
            FeedbackForms.ValidFields("09" + Random.Shared.Next(10_000_000, 99_999_999))));
        return (client, code, key);
    }

    private Task<int> UpdateAsync(string code, Action<FeedbackCase> change) => site.DbAsync(async db =>
    {
        var feedback = await db.FeedbackCases.SingleAsync(c => c.Code == code);
        change(feedback);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Code_and_key_show_status_timeline_and_pending_due_date_without_personal_data()
    {
        var (client, code, key) = await SendAsync();

        var page = await client.TrackAsync(code, key.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Đã tiếp nhận", main);
        Assert.Contains("Đang xác định", main);
        Assert.Contains("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi", main);
        Assert.Contains("Tiếp nhận", page.QuerySelector(".timeline")!.TextContent);
        Assert.DoesNotContain("Nguyễn Thị Hoa", main);
        Assert.DoesNotContain("Trương Quang Trọng", main);
        Assert.True((await client.GetAsync("/phan-anh-kien-nghi/tra-cuu")).Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_wrong_key_and_an_unknown_code_get_the_same_answer()
    {
        var (client, code, _) = await SendAsync();

        var wrongKey = await client.TrackAsync(code, "AAAA-BBBB-CCCC");
        var unknownCode = await client.TrackAsync("PAKN.20000101.0001", "AAAA-BBBB-CCCC");

        Assert.Equal(wrongKey.QuerySelector(".error-summary")!.TextContent.Trim(), unknownCode.QuerySelector(".error-summary")!.TextContent.Trim());
        Assert.Contains("không đúng", wrongKey.QuerySelector(".error-summary")!.TextContent);
        Assert.Null(wrongKey.QuerySelector(".timeline"));
    }

    [Fact]
    public async Task The_sender_adds_information_when_asked_with_a_file()
    {
        var (client, code, key) = await SendAsync();
        // A classified case goes back to "đang xử lý" when the sender answers (an unclassified one back to triage).
        await UpdateAsync(code, c =>
        {
            c.Status = FeedbackStatus.AwaitingInformation;
            c.Classification = FeedbackClass.OwnAuthority;
        });

        var page = await client.TrackAsync(code, key);
        Assert.NotNull(page.QuerySelector("#bo-sung"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(code), "ma" }, { new StringContent(key), "khoa" },
            { new StringContent("Số biên nhận hồ sơ là 000.12.34.H55-241102-0001."), "noiDung" },
            { new StringContent(Html.Antiforgery(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(FeedbackForms.Png()), "tep", "bien-nhan.png" },
        };
        var after = await (await client.PostAsync("/phan-anh-kien-nghi/tra-cuu?handler=AddInformation", form)).ReadDocumentAsync();

        Assert.Contains("Đã gửi thông tin bổ sung.", after.QuerySelector("[role=status]")!.TextContent);
        var stored = await site.DbAsync(db => db.FeedbackCases.Include(c => c.Events).Include(c => c.Attachments).SingleAsync(c => c.Code == code));
        Assert.Equal(FeedbackStatus.InProgress, stored.Status);
        var added = Assert.Single(stored.Events, e => e.Type == FeedbackEventType.InformationAdded);
        Assert.Contains("000.12.34", added.InternalNote);
        Assert.Equal(added.Id, Assert.Single(stored.Attachments).EventId);
        Assert.True(await site.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "feedback.information-added" && e.EntityId == code)));
    }

    [Fact]
    public async Task After_an_answer_the_sender_rates_it_once_and_can_reopen_within_the_window()
    {
        var (client, code, key) = await SendAsync();
        await UpdateAsync(code, c =>
        {
            c.Status = FeedbackStatus.Answered;
            c.AnswerText = "Sở Xây dựng đã trả kết quả ngày 20/11.";
            c.AnsweredUtc = DateTime.UtcNow.AddDays(-2);
        });

        var page = await client.TrackAsync(code, key);
        Assert.Contains("Sở Xây dựng đã trả kết quả", page.QuerySelector(".answer")!.TextContent);
        var rated = await client.TrackAsync(code, key, "Rate", new Dictionary<string, string> { ["diem"] = "2", ["nhanXet"] = "Trả lời chậm" });
        Assert.Contains("2/5", rated.QuerySelector("main")!.TextContent);
        var again = await client.TrackAsync(code, key, "Rate", new Dictionary<string, string> { ["diem"] = "5" });
        Assert.Contains("Chỉ đánh giá được một lần", again.QuerySelector(".error-summary")!.TextContent);

        var reopened = await client.TrackAsync(code, key, "Reopen", new Dictionary<string, string> { ["lyDo"] = "Kết quả vẫn chưa nhận được." });

        Assert.Contains("Đã mở lại hồ sơ", reopened.QuerySelector("[role=status]")!.TextContent);
        var stored = await site.DbAsync(db => db.FeedbackCases.Include(c => c.Events).SingleAsync(c => c.Code == code));
        Assert.Equal(FeedbackStatus.Reopened, stored.Status);
        Assert.Equal(2, stored.Rating);
        Assert.Equal(1, stored.ReopenCount);
        Assert.Contains(stored.Events, e => e.Type == FeedbackEventType.Reopened && e.InternalNote == "Kết quả vẫn chưa nhận được.");
    }

    [Fact]
    public async Task Reopening_after_the_window_is_refused()
    {
        var (client, code, key) = await SendAsync();
        await UpdateAsync(code, c =>
        {
            c.Status = FeedbackStatus.Answered;
            c.AnswerText = "Đã trả lời.";
            c.AnsweredUtc = DateTime.UtcNow.AddDays(-31);
        });

        var page = await client.TrackAsync(code, key, "Reopen", new Dictionary<string, string> { ["lyDo"] = "Chưa hài lòng" });

        Assert.Contains("Chỉ mở lại được trong 30 ngày", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Null(page.QuerySelector("#mo-lai"));
        Assert.Equal(FeedbackStatus.Answered, await site.DbAsync(db => db.FeedbackCases.Where(c => c.Code == code).Select(c => c.Status).SingleAsync()));
    }
}

public sealed class FeedbackTrackingTestsOnSqlite(SqliteSite site) : FeedbackTrackingTests<SqliteSite>(site);

public sealed class FeedbackTrackingTestsOnPostgres(PostgresSite site) : FeedbackTrackingTests<PostgresSite>(site);
