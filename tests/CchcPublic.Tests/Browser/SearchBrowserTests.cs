using CchcPublic.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace CchcPublic.Tests.Browser;

public sealed class SearchBrowserTests(SeededBrowserSite browser) : IClassFixture<SeededBrowserSite>
{
    [Fact]
    public async Task Searching_shows_highlighted_results_facets_narrow_them_and_the_page_passes_axe()
    {
        await browser.Site.SearchCaughtUpAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/tim-kiem");
        await page.GetByLabel("Từ khóa").FillAsync("thu tuc lien thong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/tim-kiem?q=*");
        var marks = await page.Locator(".search-hit mark").AllTextContentsAsync();
        Assert.Contains("thủ", marks.Select(m => m.ToLowerInvariant()));
        Assert.Contains("liên", marks.Select(m => m.ToLowerInvariant()));
        var all = await page.Locator(".search-hit").CountAsync();
        Assert.True(all > 1);

        await page.Locator(".facet a", new() { HasTextString = "Hướng dẫn thủ tục hành chính" }).ClickAsync();
        await page.WaitForURLAsync("**loai=procedure*");
        var types = await page.Locator(".search-hit .meta").AllTextContentsAsync();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.StartsWith("Hướng dẫn thủ tục hành chính", t.Trim()));
        Assert.Equal("true", await page.Locator(".facet-selected").First.GetAttributeAsync("aria-current"));

        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task Typing_offers_title_suggestions_that_the_keyboard_can_open()
    {
        await browser.Site.SearchCaughtUpAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/tim-kiem");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Từ khóa" });
        await box.PressSequentiallyAsync("nghi dinh 63");

        var option = page.GetByRole(AriaRole.Option).First;
        await option.WaitForAsync();
        Assert.Contains("Nghị định số 63/2024/NĐ-CP", await option.TextContentAsync());
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("ArrowDown");
        Assert.Equal(await option.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/van-ban/nghi-dinh-63-2024-nd-cp");
    }
}
