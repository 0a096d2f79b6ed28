using CchcPublic.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace CchcPublic.Tests.Browser;

public sealed class FeedbackBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_resident_sends_feedback_with_a_photo_gets_a_receipt_and_follows_the_case()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/phan-anh-kien-nghi");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.Locator("input[name='Form.Category'][value='thu-tuc-hanh-chinh']").CheckAsync();
        await page.GetByLabel("Tiêu đề (bắt buộc)", new() { Exact = true }).FillAsync("Bộ phận một cửa xã hẹn trả kết quả quá lâu");
        await page.GetByLabel("Nội dung (bắt buộc)", new() { Exact = true }).FillAsync("Tôi nộp hồ sơ đăng ký khai sinh cho con từ ngày 03/11 nhưng đến nay chưa nhận được kết quả.");
        Assert.Equal("Còn 4000 / 4000 ký tự.".Length, (await page.Locator("#Form_Content-counter").TextContentAsync())!.Length);
        await page.Locator("#Form_Files").SetInputFilesAsync(new FilePayload { Name = "ho-so.jpg", MimeType = "image/jpeg", Buffer = FeedbackForms.JpegWithGps() });
        await page.GetByLabel("Họ và tên (bắt buộc)", new() { Exact = true }).FillAsync("Phạm Thị Lan");
        await page.GetByLabel("Địa chỉ liên hệ (bắt buộc)", new() { Exact = true }).FillAsync("Thôn An Hòa, xã Tịnh Khê");
        await page.GetByLabel("Số điện thoại", new() { Exact = true }).FillAsync("0905 123 456");
        await page.Locator("input[name='Form.Consent']").CheckAsync();
        await page.GetByLabel("Không đồng ý", new() { Exact = true }).CheckAsync();
        await page.GetByText("Tôi không phải là robot").ClickAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#bieu-mau-pakn input[name=altcha]'); return i && i.value.length > 0; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();

        await page.WaitForURLAsync("**/phan-anh-kien-nghi/bien-nhan?ma=*");
        var code = (await page.Locator("#ma-ho-so").TextContentAsync())!;
        var key = (await page.Locator("#khoa-tra-cuu").TextContentAsync())!;
        Assert.Matches(@"^PAKN\.\d{8}\.\d{4}$", code);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Theo dõi hồ sơ" }).ClickAsync();
        Assert.Equal(code, await page.GetByLabel("Mã hồ sơ").InputValueAsync());
        await page.GetByLabel("Khóa tra cứu").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();

        await page.Locator(".timeline").WaitForAsync();
        Assert.Equal("Đã tiếp nhận", await page.Locator(".status").TextContentAsync());
        Assert.Contains("ho-so.jpg", await page.Locator("main").TextContentAsync());
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Typing_words_of_a_denunciation_shows_where_it_belongs_before_sending()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/phan-anh-kien-nghi");
        Assert.True(await page.Locator("#huong-dan-khieu-nai").IsHiddenAsync());

        await page.GetByLabel("Nội dung (bắt buộc)", new() { Exact = true }).FillAsync("Tôi muốn tố cáo cán bộ xã");

        await page.Locator("#huong-dan-khieu-nai").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("Luật Tố cáo", await page.Locator("#huong-dan-khieu-nai").TextContentAsync());
    }
}
