using System.Net;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Feedback;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class OperatorIntakeTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    private const string Password = "dieu-phoi-2026-abc";

    private async Task<HttpClient> CoordinatorAsync()
    {
        var email = $"dieuphoi{Guid.NewGuid():N}"[..16] + "@kiemthu.local";
        await site.CreateUserAsync(email, Password, [Roles.Coordinator], "VP-UBND");
        return await site.SignedInAsync(email, Password);
    }

    private static Dictionary<string, string> Fields(string phone, string channel = "Hotline")
    {
        var fields = FeedbackForms.ValidFields(phone);
        fields["Channel"] = channel;
        return fields;
    }

    [Fact]
    public async Task A_hotline_case_records_the_channel_and_the_official_and_its_receipt_logs_each_view_of_the_sender()
    {
        var coordinator = await CoordinatorAsync();
        var phone = "0933" + Random.Shared.Next(100_000, 999_999);

        var response = await coordinator.SendAsync(Fields(phone), solve: false, url: "/quan-tri/phan-anh/tiep-nhan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = await coordinator.GetDocumentAsync(response.Location());
        var code = receipt.QuerySelector("#ma-ho-so")!.TextContent;
        Assert.NotNull(receipt.QuerySelector("#khoa-tra-cuu"));
        Assert.Contains("Nguyễn Thị Hoa", receipt.QuerySelector("#nguoi-gui")!.ParentElement!.TextContent);
        var stored = await site.DbAsync(db => db.FeedbackCases.SingleAsync(c => c.Code == code));
        Assert.Equal(FeedbackChannel.Hotline, stored.Channel);
        Assert.NotNull(stored.ReceivedByUserId);
        Assert.StartsWith("dieuphoi", stored.ReceivedByName);

        await coordinator.GetDocumentAsync(response.Location());
        var views = await site.DbAsync(db => db.AuditEntries.Where(e => e.Action == "feedback.sender-viewed" && e.EntityId == code).ToListAsync());
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.StartsWith("dieuphoi", v.UserName));
    }

    [Fact]
    public async Task The_office_form_needs_a_channel_and_the_senders_consent()
    {
        var coordinator = await CoordinatorAsync();
        var fields = Fields("0944" + Random.Shared.Next(100_000, 999_999), channel: "Web");
        fields.Remove("Form.Consent");

        var page = await (await coordinator.SendAsync(fields, solve: false, url: "/quan-tri/phan-anh/tiep-nhan")).ReadDocumentAsync();

        Assert.Contains("Vui lòng chọn hình thức tiếp nhận", page.QuerySelector("#Channel-error")!.TextContent);
        Assert.Contains("Cần xác nhận người gửi đã được thông báo", page.QuerySelector("#Form_Consent-error")!.TextContent);
        Assert.False(await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Sender.Phone == fields["Form.Phone"])));
    }

    [Fact]
    public async Task Editors_cannot_open_the_intake_form()
    {
        var email = $"bientap{Guid.NewGuid():N}"[..16] + "@kiemthu.local";
        await site.CreateUserAsync(email, Password, [Roles.Editor]);
        var editor = await site.SignedInAsync(email, Password);

        var response = await editor.GetAsync("/quan-tri/phan-anh/tiep-nhan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/quan-tri/tu-choi", response.Location());
    }
}

public sealed class OperatorIntakeTestsOnSqlite(SqliteSite site) : OperatorIntakeTests<SqliteSite>(site);

public sealed class OperatorIntakeTestsOnPostgres(PostgresSite site) : OperatorIntakeTests<PostgresSite>(site);
