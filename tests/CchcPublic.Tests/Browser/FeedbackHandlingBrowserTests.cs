using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Feedback.Intake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace CchcPublic.Tests.Browser;

/// <summary>A case from triage to the public Q&A page, each person in their own browser, as the province works it.</summary>
public sealed class FeedbackHandlingBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private const string Password = "xu-ly-trinh-duyet-2026";

    private async Task<IPage> SignInAsync(string role, string agency, string name)
    {
        var email = $"{name}@kiemthu.local";
        await browser.Site.CreateUserAsync(email, Password, [role], agency);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/quan-tri/dang-nhap");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/quan-tri");
        return page;
    }

    private static async Task OpenCaseAsync(IPage page, string code)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ phản ánh", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await page.WaitForURLAsync($"**/quan-tri/phan-anh/ho-so/{code}");
    }

    [Fact]
    public async Task The_coordinator_forwards_a_handler_answers_both_approve_and_the_redacted_answer_is_public()
    {
        IntakeResult sent;
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            sent = await scope.ServiceProvider.GetRequiredService<FeedbackIntake>().SubmitAsync(new FeedbackSubmission
            {
                Category = "khac", Title = "Không rõ lệ phí sao y bản chính",
                Content = "Tôi là Lê Văn Tám, số điện thoại 0914 222 333. Bộ phận một cửa thu của tôi 5.000 đồng mỗi trang khi chứng thực bản sao, xin hỏi đúng quy định không?",
                FullName = "Lê Văn Tám", Address = "Tổ 3, phường Nghĩa Lộ", Phone = "0914222333", Consent = true, AllowPublishAnswer = true, NotAComplaint = true,
            });
        }
        Assert.True(sent.Accepted);
        var code = sent.Code!;

        // The coordinator finds it in the triage queue and forwards it to the Department of Justice.
        var coordinator = await SignInAsync(Roles.Coordinator, "VP-UBND", "dieuphoi.trinhduyet");
        await OpenCaseAsync(coordinator, code);
        Assert.Empty(await Axe.SeriousViolationsAsync(coordinator));
        await coordinator.Locator("#cls-OutsideAuthority").CheckAsync();
        await coordinator.GetByLabel("Cơ quan có thẩm quyền (khi chuyển)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sở Tư pháp tỉnh Quảng Ngãi" });
        await coordinator.GetByLabel("Ghi chú khi chuyển / lý do không tiếp nhận (người gửi được báo lý do)", new() { Exact = true }).FillAsync("Lĩnh vực chứng thực thuộc Sở Tư pháp.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Phân loại" }).ClickAsync();
        Assert.Equal("Đã phân loại hồ sơ.", (await coordinator.Locator(".notice.success").TextContentAsync())!.Trim());

        // A handler of the department drafts the answer and sends it for review.
        var handler = await SignInAsync(Roles.AgencyHandler, "SO-TU-PHAP", "xuly.trinhduyet");
        await OpenCaseAsync(handler, code);
        await handler.GetByLabel("Nội dung trả lời", new() { Exact = true }).FillAsync(
            "Theo Thông tư số 226/2016/TT-BTC, lệ phí chứng thực bản sao từ bản chính là 2.000 đồng/trang. Ông Tám có thể gọi 0914 222 333 để được hoàn lại phần thu thừa.");
        await handler.GetByRole(AriaRole.Button, new() { Name = "Lưu và trình duyệt" }).ClickAsync();
        Assert.Contains("trình lãnh đạo", await handler.Locator(".notice.success").TextContentAsync());

        // The department's approver, then the coordinator, approve.
        var approver = await SignInAsync(Roles.AgencyApprover, "SO-TU-PHAP", "lanhdao.trinhduyet");
        await OpenCaseAsync(approver, code);
        Assert.Contains("Bước 1", await approver.Locator("form[action*='handler=Approve']").TextContentAsync());
        await approver.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true }).ClickAsync();
        Assert.Equal("Đã duyệt câu trả lời.", (await approver.Locator(".notice.success").TextContentAsync())!.Trim());

        await coordinator.ReloadAsync();
        Assert.Contains("Bước 2", await coordinator.Locator("form[action*='handler=Approve']").TextContentAsync());
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true }).ClickAsync();

        // Publication: the automatic check has replaced the name and phone; the coordinator reads it and publishes.
        var proposedAnswer = await coordinator.GetByLabel("Câu trả lời công khai", new() { Exact = true }).InputValueAsync();
        var proposedQuestion = await coordinator.GetByLabel("Câu hỏi công khai", new() { Exact = true }).InputValueAsync();
        Assert.DoesNotContain("0914", proposedQuestion + proposedAnswer);
        Assert.DoesNotContain("Tám", proposedQuestion);
        Assert.Contains("0914 222 333", await coordinator.Locator("table.findings").TextContentAsync());
        Assert.Empty(await Axe.SeriousViolationsAsync(coordinator));
        await coordinator.GetByLabel("Tiêu đề công khai", new() { Exact = true }).FillAsync("Lệ phí chứng thực bản sao từ bản chính");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Đã kiểm tra – công khai" }).ClickAsync();
        Assert.Contains("Đã công khai", await coordinator.Locator(".notice.success").TextContentAsync());

        // The sender follows the case with code and key and reads the answer.
        var sender = await browser.NewPageAsync(390, 844);
        await sender.GotoAsync("/phan-anh-kien-nghi/tra-cuu");
        await sender.GetByLabel("Mã hồ sơ", new() { Exact = true }).FillAsync(code);
        await sender.GetByLabel("Khóa tra cứu", new() { Exact = true }).FillAsync(sent.AccessKey!);
        await sender.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await sender.Locator(".timeline").WaitForAsync();
        Assert.Equal("Đã trả lời", await sender.Locator(".status").TextContentAsync());
        Assert.Contains("2.000 đồng/trang", await sender.Locator("main").TextContentAsync());
        Assert.Contains("Sở Tư pháp", await sender.Locator("main").TextContentAsync());

        // Anyone reads the redacted question and answer at /hoi-dap.
        var visitor = await browser.NewPageAsync(390, 844);
        await visitor.GotoAsync("/hoi-dap");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Lệ phí chứng thực bản sao từ bản chính" }).ClickAsync();
        await visitor.WaitForURLAsync($"**/hoi-dap/{code}");
        var published = (await visitor.Locator("main").TextContentAsync())!;
        Assert.Contains("2.000 đồng/trang", published);
        Assert.Contains("[số điện thoại]", published);
        Assert.DoesNotContain("0914", published);
        Assert.DoesNotContain("Tám", published);
        Assert.Empty(await Axe.SeriousViolationsAsync(visitor));
    }
}
