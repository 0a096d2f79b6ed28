using CchcPublic.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CchcPublic.Tests.Browser;

public sealed class BackOfficeBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Administrator_signs_in_with_the_keyboard_and_every_back_office_page_is_accessible()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/quan-tri");
        Assert.Contains("/quan-tri/dang-nhap", page.Url);

        await page.GetByLabel("Email").FillAsync(CchcFactory.AdminEmail);
        await page.GetByLabel("Mật khẩu").FillAsync(CchcFactory.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(browser.BaseUrl + "/quan-tri");
        Assert.Equal("Tổng quan", await page.Locator("h1").TextContentAsync());

        var agencyId = await browser.Site.DbAsync(db => db.Agencies.Where(a => a.Code == "SO-Y-TE").Select(a => a.Id).SingleAsync());
        var itemId = await browser.Site.DraftAsync("Bài kiểm tra khả năng tiếp cận", "bai-kiem-tra-tiep-can", "Đoạn một.");
        await browser.Site.ExpectOkAsync(w => w.Revise(ContentHelpers.Editor, itemId, "Bài kiểm tra khả năng tiếp cận", "bai-kiem-tra-tiep-can", "Đoạn hai."));
        string[] pages =
        [
            "/quan-tri", "/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/tao", "/quan-tri/co-quan", "/quan-tri/co-quan/tao",
            $"/quan-tri/co-quan/{agencyId}", $"/quan-tri/co-quan/{agencyId}/giai-the", "/quan-tri/nhat-ky", "/quan-tri/cai-dat",
            "/quan-tri/tai-khoan/xac-thuc-hai-buoc", "/quan-tri/noi-dung", "/quan-tri/noi-dung/tao?loai=index-result",
            $"/quan-tri/noi-dung/{itemId}", $"/quan-tri/noi-dung/{itemId}/lich-su", "/quan-tri/tep",
        ];
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            var violations = await Axe.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, url + Environment.NewLine + string.Join(Environment.NewLine, violations));
        }
    }

    [Fact]
    public async Task A_validation_error_keeps_what_was_typed_and_is_announced_next_to_the_field()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/quan-tri/dang-nhap");
        await page.GetByLabel("Email").FillAsync(CchcFactory.AdminEmail);
        await page.GetByLabel("Mật khẩu").FillAsync(CchcFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/quan-tri");

        await page.GotoAsync("/quan-tri/co-quan/tao");
        await page.GetByLabel("Mã").FillAsync("ma sai");
        await page.GetByLabel("Tên đầy đủ").FillAsync("Trung tâm Kiểm thử Trình duyệt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();

        Assert.Equal("Trung tâm Kiểm thử Trình duyệt", await page.GetByLabel("Tên đầy đủ").InputValueAsync());
        var error = await page.Locator("#Form_Code-error").TextContentAsync();
        Assert.Contains("Mã gồm chữ in hoa", error);
        Assert.Contains("Form_Code-error", await page.GetByLabel("Mã").GetAttributeAsync("aria-describedby"));
    }
}
