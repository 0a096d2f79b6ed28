using CchcPublic.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace CchcPublic.Tests.Browser;

public sealed class HomePageBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Text_size_and_contrast_controls_change_the_page_and_persist_across_pages()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var before = await FontSizeAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Tăng cỡ chữ" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tương phản cao" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.classList.contains('high-contrast')");

        Assert.True(await FontSizeAsync(page) > before);
        await page.GotoAsync("/duong-day-nong");
        Assert.Equal("text-large high-contrast", await page.EvaluateAsync<string>("() => document.documentElement.className"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.main-nav')).backgroundColor"));
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Tương phản cao" }).GetAttributeAsync("aria-pressed"));
    }

    [Fact]
    public async Task Skip_link_is_the_first_stop_for_keyboard_users_and_moves_focus_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Bỏ qua, đến nội dung chính", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.EndsWith("#noi-dung", page.Url);
        Assert.Equal("noi-dung", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [InlineData("/", 1280, false)]
    [InlineData("/", 360, false)]
    [InlineData("/", 1280, true)]
    [InlineData("/duong-day-nong", 1280, false)]
    [InlineData("/quan-tri/dang-nhap", 1280, false)]
    [InlineData("/khong-ton-tai", 1280, false)]
    public async Task Pages_have_no_serious_or_critical_accessibility_violations(string url, int width, bool highContrast)
    {
        var page = await browser.NewPageAsync(width);
        if (highContrast)
        {
            await page.GotoAsync("/hien-thi?tuong-phan=1&co-chu=2");
        }
        await page.GotoAsync(url);

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static Task<double> FontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)");
}
