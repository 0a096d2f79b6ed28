using CchcPublic.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace CchcPublic.Tests.Browser;

public sealed class PublicJourneyBrowserTests(SeededBrowserSite browser) : IClassFixture<SeededBrowserSite>
{
    [Fact]
    public async Task From_the_home_page_to_the_current_bulletin_and_an_item_in_it()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/");

        await page.Locator("#ban-tin-moi ~ p a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Bản tin số");
        var first = page.Locator(".toc li a").First;
        var title = await first.TextContentAsync();
        await first.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title!);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task The_LED_kiosk_shows_at_least_two_different_slides_in_turn_and_survives_the_server_going_away()
    {
        var page = await browser.NewPageAsync(1920, 1080);
        await page.GotoAsync("/led");
        var first = await page.Locator(".led-slide").GetAttributeAsync("data-slide-id");

        await page.WaitForFunctionAsync("id => { const s = document.querySelector('.led-slide'); return s && s.getAttribute('data-slide-id') !== id; }",
            first, new PageWaitForFunctionOptions { Timeout = 20000 });
        var second = await page.Locator(".led-slide").GetAttributeAsync("data-slide-id");
        Assert.NotEqual(first, second);
        Assert.True(await page.Locator(".led-slide img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0 || new Promise(r => img.addEventListener('load', () => r(img.naturalWidth > 0)))"));

        await page.Context.RouteAsync("**/led/danh-sach.json", route => route.AbortAsync());
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.led-status').textContent.includes('danh sách đã lưu')", null,
            new PageWaitForFunctionOptions { Timeout = 20000 });
        Assert.NotNull(await page.Locator(".led-slide img").GetAttributeAsync("src"));
    }

    [Fact]
    public async Task The_index_chart_draws_exactly_the_figures_in_the_table()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/chi-so/theo-chi-so/papi");
        await page.WaitForFunctionAsync("() => document.querySelector('#bieu-do-xu-huong').dataset.ready");

        var chart = await page.EvaluateAsync<string[][]>("""
            () => {
              const c = Chart.getChart('bieu-do-xu-huong');
              const rank = c.data.datasets.find(d => d.yAxisID === 'rank').data;
              const score = c.data.datasets.find(d => d.yAxisID === 'score').data;
              return c.data.labels.map((year, i) => [String(year), score[i] === null ? '' : Number(score[i]).toLocaleString('vi-VN'), rank[i] === null ? '' : String(rank[i])]);
            }
            """);
        var table = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('#bang-xu-huong tbody tr')].map(r => [
              r.querySelector('th').textContent.trim(),
              r.querySelectorAll('td')[0].textContent.trim().replace('Chưa có số liệu', ''),
              r.querySelectorAll('td')[1].textContent.trim().replace('Chưa có số liệu', '').split('/')[0]])
            """);

        Assert.Equal(table, chart);
        Assert.Equal(8, await page.EvaluateAsync<int>("() => Chart.getChart('bieu-do-thanh-phan').data.datasets[0].data.length"));
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Keyboard_users_reach_the_menu_and_open_an_infographic_from_the_gallery()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/infographic");

        var focused = new List<string>();
        for (var i = 0; i < 60 && !focused.Any(f => f.StartsWith("/infographic/", StringComparison.Ordinal)); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href') || document.activeElement.tagName"));
        }
        Assert.Contains("/tin-tuc", focused);
        Assert.Contains("/duong-day-nong", focused);
        var target = focused.Last();
        Assert.StartsWith("/infographic/", target);
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.activeElement).outlineStyle !== 'none' || getComputedStyle(document.activeElement.querySelector('img') || document.activeElement).outlineStyle !== 'none'"));

        // Headless Chromium on a loaded two-core machine now and then loses this one navigation (1 clean-checkout
        // run in 3: no page at the link's address within 90 s, and the gallery gone too). Then the gallery is
        // opened again, the link focused and Enter pressed again: it is still the keyboard that opens the item.
        for (var attempt = 1; ; attempt++)
        {
            await page.Keyboard.PressAsync("Enter");
            try
            {
                await page.WaitForURLAsync(browser.BaseUrl + target, new() { Timeout = 20_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                if (!page.Url.EndsWith("/infographic", StringComparison.Ordinal))
                {
                    await page.GotoAsync("/infographic");
                }
                await page.Locator($"a[href='{target}']").First.FocusAsync();
            }
        }
        Assert.NotNull(await page.Locator(".infographic img").GetAttributeAsync("alt"));
    }

    [Theory]
    [InlineData("/led")]
    [InlineData("/co-quan/so-tt-tt")]
    [InlineData("/chi-so")]
    [InlineData("/tin-tuc/khong-co-bai-nay")]
    public async Task More_page_kinds_have_no_serious_accessibility_violations(string url)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
