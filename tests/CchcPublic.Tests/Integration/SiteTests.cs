using System.Net;
using System.Text.Json;
using CchcPublic.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class SiteTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    [Fact]
    public async Task Home_page_is_served_in_Vietnamese_from_an_empty_data_folder()
    {
        var page = await site.Browser().GetDocumentAsync("/");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Cải cách hành chính tỉnh Quảng Ngãi", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#noi-dung']"));
        Assert.NotNull(page.QuerySelector("main#noi-dung"));
        Assert.NotNull(page.QuerySelector("nav[aria-label='Danh mục chính'] a[href='/duong-day-nong']"));
        Assert.StartsWith("tel:+84", page.QuerySelector(".hotline-box .hotline-number a")!.GetAttribute("href"));
        Assert.Contains("Chịu trách nhiệm nội dung", page.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public async Task Health_endpoint_reports_the_database()
    {
        var response = await site.Browser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_address_gets_a_Vietnamese_404_page()
    {
        var response = await site.Browser().GetAsync("/khong-ton-tai");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await site.Browser().GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Hotline_directory_lists_current_agencies_with_phone_links_and_English()
    {
        var page = await site.Browser().GetDocumentAsync("/duong-day-nong");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Contains("Sở Nội vụ", text);
        Assert.Contains("Sở Nông nghiệp và Môi trường", text);
        Assert.DoesNotContain("Sở Giao thông vận tải", text);
        Assert.DoesNotContain("Huyện Lý Sơn", text);
        Assert.NotEmpty(page.QuerySelectorAll("a[href^='tel:+84255']"));
        Assert.NotEmpty(page.QuerySelectorAll("a[href^='mailto:']"));
        Assert.NotNull(page.QuerySelector("section[lang=en]"));
    }

    [Fact]
    public async Task Agency_directory_keeps_the_2025_reorganisation_as_history()
    {
        var transport = await site.DbAsync(db => db.Agencies.Include(a => a.Successors).ThenInclude(s => s.Successor)
            .SingleAsync(a => a.Code == "SO-GTVT"));
        var labour = await site.DbAsync(db => db.Agencies.Include(a => a.Successors).SingleAsync(a => a.Code == "SO-LD-TBXH"));
        var lySon = await site.DbAsync(db => db.Agencies.Include(a => a.Successors).ThenInclude(s => s.Successor)
            .SingleAsync(a => a.Code == "H-LY-SON"));

        Assert.Equal(new DateOnly(2025, 2, 28), transport.ValidTo);
        Assert.Equal("SO-XAY-DUNG", Assert.Single(transport.Successors).Successor!.Code);
        Assert.Equal(4, labour.Successors.Count);
        Assert.Equal(new DateOnly(2025, 6, 30), lySon.ValidTo);
        Assert.Contains(lySon.Successors, s => s.Successor!.Code == "DK-LY-SON");
    }

    [Theory]
    [InlineData("/tin-tuc", "Chuyên mục chưa có nội dung được xuất bản.")]
    [InlineData("/phan-anh-kien-nghi", "đường dây nóng")]
    public async Task Sections_without_content_say_so_plainly(string url, string expected)
    {
        var page = await site.Browser().GetDocumentAsync(url);

        Assert.Contains(expected, page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Text_size_and_contrast_choices_persist_in_a_cookie_without_JavaScript()
    {
        var client = site.Browser();

        var larger = await client.GetAsync("/hien-thi?co-chu=1&ve=%2Fduong-day-nong");
        Assert.Equal(HttpStatusCode.Redirect, larger.StatusCode);
        Assert.Equal("/duong-day-nong", larger.Location());
        await client.GetAsync("/hien-thi?tuong-phan=1&ve=%2F");
        var page = await client.GetDocumentAsync("/");

        Assert.Equal("text-large high-contrast", page.DocumentElement.GetAttribute("class"));
        Assert.Equal("true", page.QuerySelector("button.contrast-toggle")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Display_controls_never_redirect_off_site()
    {
        var response = await site.Browser().GetAsync("/hien-thi?co-chu=1&ve=https%3A%2F%2Fexample.org%2F");

        Assert.Equal("/", response.Location());
    }
}

public sealed class SiteTestsOnSqlite(SqliteSite site) : SiteTests<SqliteSite>(site);

public sealed class SiteTestsOnPostgres(PostgresSite site) : SiteTests<PostgresSite>(site);
