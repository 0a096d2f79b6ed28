using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Content;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

/// <summary>The public site over the seed content, as citizens and feed readers see it.</summary>
public abstract class PublicSiteTests<TSite> : IClassFixture<TSite> where TSite : CchcFactory
{
    private readonly TSite site;

    protected PublicSiteTests(TSite site)
    {
        this.site = site;
        site.ImportSeed = true;
    }

    [Fact]
    public async Task Home_shows_news_the_current_bulletin_infographics_index_results_and_the_hotline()
    {
        var page = await site.Browser().GetDocumentAsync("/");

        Assert.Equal(5, page.QuerySelectorAll("#tin-moi ~ ul .item-card").Length);
        Assert.Contains("Bản tin số Cải cách hành chính", page.QuerySelector("#ban-tin-moi ~ p a")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#infographic-noi-bat ~ ul.gallery li"));
        var papi = page.QuerySelectorAll(".index-overview tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "PAPI");
        Assert.Equal(["2023", "40,48", "49/63"], papi.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.NotNull(page.QuerySelector("form[role=search][action='/tim-kiem'] input[name=q]"));
        Assert.NotNull(page.QuerySelector(".hotline-box a[href^='tel:']"));
    }

    [Fact]
    public async Task Listings_filter_by_year_theme_agency_and_programme_with_stable_addresses()
    {
        var client = site.Browser();
        var in2024 = await client.GetDocumentAsync("/tin-tuc?nam=2024");
        Assert.NotEmpty(in2024.QuerySelectorAll(".item-card"));
        Assert.All(in2024.QuerySelectorAll(".item-card time"), t => Assert.StartsWith("2024", t.GetAttribute("datetime")));
        Assert.Equal("2024", in2024.QuerySelector("#nam option[selected]")!.GetAttribute("value"));

        var theme = await client.GetDocumentAsync("/tin-tuc?chu-de=duong-day-nong");
        var all = await client.GetDocumentAsync("/tin-tuc");
        Assert.InRange(theme.QuerySelectorAll(".item-card").Length, 1, all.QuerySelectorAll(".item-card").Length - 1);

        var byAgency = await client.GetDocumentAsync("/tin-tuc?co-quan=SO-TT-TT");
        Assert.All(byAgency.QuerySelectorAll(".item-card .meta"), m => Assert.Contains("Sở TT&TT", m.TextContent));

        var radio = await client.GetDocumentAsync("/phat-thanh-truyen-hinh?chuong-trinh=radio-cchc");
        Assert.NotEmpty(radio.QuerySelectorAll(".item-card"));
        Assert.Contains("Không có nội dung phù hợp", (await client.GetDocumentAsync("/phat-thanh-truyen-hinh?chuong-trinh=tv-cchc")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Item_pages_carry_open_graph_metadata_share_links_and_related_items()
    {
        var page = await site.Browser().GetDocumentAsync("/infographic/infographic-phan-anh-kien-nghi");

        string? Meta(string property) => page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");
        Assert.Equal(page.QuerySelector("h1")!.TextContent, Meta("og:title"));
        Assert.StartsWith("http://localhost/media/", Meta("og:image"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
        Assert.Equal("http://localhost/infographic/infographic-phan-anh-kien-nghi", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("https://www.facebook.com/sharer/sharer.php?u=", page.QuerySelector(".share-links a")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll("#lien-quan ~ ul .item-card"));
        Assert.Contains("Tải ảnh gốc", page.QuerySelector(".infographic figcaption")!.TextContent);
    }

    [Fact]
    public async Task Feeds_sitemap_and_robots_are_valid_and_list_what_is_published()
    {
        var client = site.Browser();
        var published = await site.DbAsync(db => db.ContentItems.Where(i => i.LiveRevisionId != null && i.Status != ContentStatus.Removed)
            .Select(i => "/" + i.Section + "/" + i.Slug).ToListAsync());

        var rss = XDocument.Parse(await client.GetStringAsync("/rss.xml"));
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        Assert.True(rss.Descendants("item").Count() >= 40);
        var news = XDocument.Parse(await client.GetStringAsync("/tin-tuc/rss.xml"));
        Assert.All(news.Descendants("item").Select(i => i.Element("link")!.Value), link => Assert.StartsWith("http://localhost/tin-tuc/", link));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var urls = sitemap.Descendants(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.All(published, path => Assert.NotNull(urls["http://localhost" + path]));

        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /quan-tri", robots);
    }

    [Fact]
    public async Task Index_pages_show_every_year_with_missing_figures_marked_missing_never_zero()
    {
        var client = site.Browser();
        var papi = await client.GetDocumentAsync("/chi-so/theo-chi-so/papi");
        var rows = papi.QuerySelectorAll("#bang-xu-huong tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains("2023") && r.Contains("40,48") && r.Contains("49/63"));
        Assert.Equal(8, papi.QuerySelectorAll("#bang-thanh-phan tbody tr").Length);

        var par = await client.GetDocumentAsync("/chi-so/theo-chi-so/par-index");
        var row2024 = par.QuerySelectorAll("#bang-xu-huong tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "2024");
        Assert.Equal("Chưa có số liệu", row2024.QuerySelectorAll("td")[0].TextContent);
        using var data = JsonDocument.Parse(par.QuerySelector("#du-lieu-xu-huong")!.TextContent);
        var scores = data.RootElement.GetProperty("score").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, scores[^1].ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/chi-so/theo-chi-so/khong-co")).StatusCode);
    }

    [Fact]
    public async Task Agency_pages_list_what_the_agency_published_and_where_a_retired_agency_went()
    {
        var page = await site.Browser().GetDocumentAsync("/co-quan/so-tt-tt");

        Assert.Equal("Sở Thông tin và Truyền thông tỉnh Quảng Ngãi", page.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".item-card"));
        Assert.Contains("Sở Khoa học và Công nghệ", page.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task The_LED_playlist_holds_the_flagged_infographics_in_display_order()
    {
        using var json = JsonDocument.Parse(await site.Browser().GetStringAsync("/led/danh-sach.json"));

        var slides = json.RootElement.GetProperty("slides").EnumerateArray().Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.Equal(2, slides.Count);
        Assert.All(json.RootElement.GetProperty("slides").EnumerateArray(), s => Assert.StartsWith("/media/", s.GetProperty("image").GetString()));
        var kiosk = await site.Browser().GetDocumentAsync("/led");
        Assert.Null(kiosk.QuerySelector("header, nav, footer"));
        Assert.NotNull(kiosk.QuerySelector(".led-slide img[alt]"));
    }

    [Fact]
    public async Task Not_found_and_gone_pages_offer_search()
    {
        var missing = await site.Browser().GetAsync("/tin-tuc/khong-co-bai-nay");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotNull((await missing.ReadDocumentAsync()).QuerySelector("form[action='/tim-kiem'] input[name=q]"));
    }

    [Fact]
    public async Task A_cached_listing_shows_new_content_as_soon_as_it_is_published()
    {
        var client = site.Browser();
        Assert.DoesNotContain("Tin vừa xuất bản để thử bộ nhớ đệm", await client.GetStringAsync("/tin-tuc"));

        await site.PublishedAsync("Tin vừa xuất bản để thử bộ nhớ đệm", "tin-thu-bo-nho-dem");

        Assert.Contains("Tin vừa xuất bản để thử bộ nhớ đệm", await client.GetStringAsync("/tin-tuc"));
    }
}

public sealed class PublicSiteTestsOnSqlite(SqliteSite site) : PublicSiteTests<SqliteSite>(site);

public sealed class PublicSiteTestsOnPostgres(PostgresSite site) : PublicSiteTests<PostgresSite>(site);
