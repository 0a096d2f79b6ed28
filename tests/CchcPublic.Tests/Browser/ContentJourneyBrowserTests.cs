using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using Microsoft.Playwright;
using Xunit;

namespace CchcPublic.Tests.Browser;

public sealed class ContentJourneyBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private async Task<IPage> SignInAsync(string email)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/quan-tri/dang-nhap");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync("mat-khau-dung-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/quan-tri");
        return page;
    }

    [Fact]
    public async Task An_editor_writes_an_article_with_a_photo_a_publisher_approves_it_and_citizens_read_it()
    {
        await browser.Site.CreateUserAsync("bientap.trinhduyet@kiemthu.local", "mat-khau-dung-2026", [Roles.Editor]);
        await browser.Site.CreateUserAsync("duyet.trinhduyet@kiemthu.local", "mat-khau-dung-2026", [Roles.Publisher]);

        var editor = await SignInAsync("bientap.trinhduyet@kiemthu.local");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Nội dung", Exact = true }).ClickAsync();
        await editor.GetByLabel("Soạn mới").SelectOptionAsync("article");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Soạn", Exact = true }).ClickAsync();
        await editor.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Bộ phận một cửa tiếp nhận hồ sơ liên thông");
        await editor.GetByLabel("Nội dung (Markdown)").FillAsync("Từ tháng này, người dân có thể **nộp một lần** cho ba thủ tục.");
        await editor.GetByLabel("Tải ảnh mới (JPEG, PNG, WebP)").SetInputFilesAsync(new FilePayload
        {
            Name = "mot-cua.jpg", MimeType = "image/jpeg", Buffer = TestImages.JpegWithGpsAndOrientation(),
        });
        await editor.GetByLabel("Mô tả ảnh cho người khiếm thị (alt)").FillAsync("Cán bộ một cửa tiếp nhận hồ sơ của người dân");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi duyệt.");
        var itemUrl = editor.Url;

        var publisher = await SignInAsync("duyet.trinhduyet@kiemthu.local");
        await publisher.GotoAsync(itemUrl);
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Duyệt và xuất bản" }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản.");

        var citizen = await browser.NewPageAsync(390, 800);
        await citizen.GotoAsync("/tin-tuc");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Bộ phận một cửa tiếp nhận hồ sơ liên thông" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("h1")).ToHaveTextAsync("Bộ phận một cửa tiếp nhận hồ sơ liên thông");
        var image = citizen.Locator(".cover img");
        await Assertions.Expect(image).ToHaveAttributeAsync("alt", "Cán bộ một cửa tiếp nhận hồ sơ của người dân");
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        Assert.Equal("nộp một lần", await citizen.Locator(".body strong").TextContentAsync());
        var violations = await Axe.SeriousViolationsAsync(citizen);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
