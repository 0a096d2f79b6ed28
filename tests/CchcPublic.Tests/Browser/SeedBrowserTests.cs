using CchcPublic.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Browser;

/// <summary>The site as a new installation shows it: seeded from umbraco-config/seed/.</summary>
public sealed class SeededBrowserSite : BrowserSite
{
    public SeededBrowserSite()
    {
        Site.ImportSeed = true;
        Site.Settings["Cchc:Led:IntervalSeconds"] = "3";
    }
}

public sealed class SeedBrowserTests(SeededBrowserSite browser) : IClassFixture<SeededBrowserSite>
{
    [Fact]
    public async Task The_seed_imports_cleanly_with_every_content_type_and_the_real_index_figures()
    {
        var items = await browser.Site.DbAsync(db => db.ContentItems.ToListAsync());

        Assert.True(items.Count >= 40, $"{items.Count} items");
        Assert.Equal(
            ["article", "broadcast", "bulletin", "event", "index-result", "infographic", "legal-document", "model", "page", "procedure", "video"],
            items.Select(i => i.Type).Distinct().Order());
        Assert.Contains(items, i => i.WithdrawnUtc is not null);
        var papi = await browser.Http().GetDocumentAsync("/chi-so/papi-2023");
        var facts = papi.QuerySelectorAll(".facts dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["PAPI", "2023", "40,48", "49/63"], facts);
        var par2024 = await browser.Http().GetDocumentAsync("/chi-so/par-index-2024");
        Assert.Contains("Chưa có số liệu công bố", par2024.QuerySelector(".facts")!.TextContent);
    }

    [Fact]
    public async Task A_page_of_every_kind_has_no_serious_or_critical_accessibility_violations()
    {
        var live = await browser.Site.DbAsync(db => db.ContentItems.Where(i => i.LiveRevisionId != null).OrderBy(i => i.Id).ToListAsync());
        var urls = live.GroupBy(i => i.Type).Select(g => $"/{g.First().Section}/{g.First().Slug}").ToList();
        var sections = await browser.Site.DbAsync(db => db.ContentItems.Select(i => "/" + i.Section).Distinct().ToListAsync());
        var page = await browser.NewPageAsync();
        foreach (var url in urls.Concat(sections).Append("/").Append("/duong-day-nong"))
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            var violations = await Axe.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, url + Environment.NewLine + string.Join(Environment.NewLine, violations));
        }
    }

    [Fact]
    public async Task Video_and_radio_pages_play_their_files_with_captions_and_transcripts()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/video/video-quang-ngai-qua-cac-chi-so");
        var track = page.Locator("video track[kind=captions]");
        Assert.Equal("vi", await track.GetAttributeAsync("srclang"));
        var captions = await browser.Http().GetStringAsync((await track.GetAttributeAsync("src"))!);
        Assert.StartsWith("WEBVTT", captions.TrimStart('\uFEFF'));
        Assert.True(await page.Locator("video").EvaluateAsync<bool>("v => v.readyState > 0 || new Promise(r => v.addEventListener('loadedmetadata', () => r(true)))"));
        Assert.NotEmpty((await page.Locator("#ban-ghi-loi + p").TextContentAsync())!.Trim());

        await page.GotoAsync("/phat-thanh-truyen-hinh/phat-thanh-cchc-hai-nhom-thu-tuc-lien-thong");
        Assert.True(await page.Locator("audio").EvaluateAsync<bool>("a => a.readyState > 0 || new Promise(r => a.addEventListener('loadedmetadata', () => r(a.duration > 0)))"));
    }
}
