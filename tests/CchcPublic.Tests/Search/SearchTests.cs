using System.Net;
using System.Text;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Agencies;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static CchcPublic.Tests.Support.ContentHelpers;

namespace CchcPublic.Tests.Search;

/// <summary>Publishing, withdrawing and removing change what search finds, through the feed, on both databases.</summary>
public abstract class SearchTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    [Fact]
    public async Task Published_items_are_found_withdrawn_ones_are_marked_and_removed_ones_disappear()
    {
        var draft = await site.DraftAsync("Thí điểm tiếp nhận hồ sơ lưu động ở vùng cao", "ho-so-luu-dong", "Bản nháp chưa duyệt về hồ sơ lưu động.");
        var id = await site.PublishedAsync("Hồ sơ lưu động: cán bộ một cửa đến tận thôn", "can-bo-den-tan-thon",
            "Tổ công tác lưu động giúp đồng bào **vùng cao** nộp hồ sơ trực tuyến ngay tại nhà văn hóa thôn.");
        await site.SearchCaughtUpAsync();
        var client = site.Browser();

        var found = await client.SearchApiAsync("luu dong");
        Assert.Equal(["/tin-tuc/can-bo-den-tan-thon"], found.Urls());
        var item = found.GetProperty("items")[0];
        Assert.Equal("Hồ sơ lưu động: cán bộ một cửa đến tận thôn", item.GetProperty("title").GetString());
        Assert.Equal("article", item.GetProperty("type").GetString());
        Assert.Contains("<mark>lưu</mark> <mark>động</mark>", item.GetProperty("snippet").GetString());
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(1, found.GetProperty("facets").GetProperty("type")[0].GetProperty("count").GetInt32());
        // The same search before and after each change: results kept from before must not be served after it.
        Assert.False((await client.SearchApiAsync("lưu động")).GetProperty("items")[0].GetProperty("withdrawn").GetBoolean());

        await site.ExpectOkAsync(w => w.WithdrawAsync(PublisherA, id, "Thông tin đã cũ."));
        await site.SearchCaughtUpAsync();
        var withdrawn = (await client.SearchApiAsync("lưu động")).GetProperty("items")[0];
        Assert.True(withdrawn.GetProperty("withdrawn").GetBoolean());

        await site.ExpectOkAsync(w => w.RemoveAsync(PublisherA, id, "Gỡ theo yêu cầu."));
        await site.SearchCaughtUpAsync();
        Assert.Equal(0, (await client.SearchApiAsync("lưu động")).GetProperty("total").GetInt32());
        Assert.NotEqual(0, draft);
    }

    [Fact]
    public async Task A_slug_change_moves_the_result_to_the_new_address()
    {
        var id = await site.PublishedAsync("Số hóa hồ sơ tại Bộ phận Một cửa huyện miền núi", "so-hoa-ho-so-mien-nui");
        await site.ExpectOkAsync(w => w.Revise(Editor, id, "Số hóa hồ sơ tại Bộ phận Một cửa huyện miền núi", "so-hoa-mot-cua-mien-nui"));
        await site.ExpectOkAsync(w => w.SubmitAsync(Editor, id));
        await site.ExpectOkAsync(w => w.PublishAsync(PublisherB, id, null, null, null));
        await site.SearchCaughtUpAsync();

        Assert.Equal(["/tin-tuc/so-hoa-mot-cua-mien-nui"], (await site.Browser().SearchApiAsync("so hoa mien nui")).Urls());
    }

    [Fact]
    public async Task An_agency_rename_is_searchable_through_the_same_feed()
    {
        var agency = await site.DbAsync(db => db.Agencies.FirstAsync(a => a.Code == "SO-NOI-VU"));
        await site.DbAsync(async db =>
        {
            var row = await db.Agencies.SingleAsync(a => a.Id == agency.Id);
            row.Name = "Sở Nội vụ và Cải cách công vụ tỉnh Quảng Ngãi";
            AgencyChanges.Record(db, row, TimeProvider.System);
            return await db.SaveChangesAsync();
        });
        await site.SearchCaughtUpAsync();

        var results = await site.Browser().SearchApiAsync("cải cách công vụ", "&type=agency");
        Assert.Equal("Sở Nội vụ và Cải cách công vụ tỉnh Quảng Ngãi", results.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Contains("0255", results.GetProperty("items")[0].GetProperty("snippet").GetString());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("a:b OR (c")]
    [InlineData("*?~^[]{}\\/")]
    [InlineData("-")]
    [InlineData("\"khai sinh")]
    [InlineData("AND OR NOT")]
    public async Task Whatever_people_type_never_causes_a_server_error(string query)
    {
        await site.SearchCaughtUpAsync();
        var api = await site.Browser().GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var page = await site.Browser().GetAsync("/tim-kiem?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Bad_parameters_get_a_Vietnamese_message_not_a_500()
    {
        await site.SearchCaughtUpAsync();
        var api = await site.Browser().GetAsync("/api/search?q=thu+tuc&page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("Tham số page", await api.Content.ReadAsStringAsync());
        var page = await site.Browser().GetDocumentAsync("/tim-kiem?q=thu+tuc&trang=-4");
        Assert.Contains("Số trang không hợp lệ", page.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task The_search_page_works_without_javascript_with_highlights_facets_and_a_helpful_empty_state()
    {
        await site.PublishedAsync("Đối thoại doanh nghiệp về thủ tục đầu tư", "doi-thoai-doanh-nghiep", "Hội nghị đối thoại giữa lãnh đạo tỉnh và doanh nghiệp.");
        await site.SearchCaughtUpAsync();
        var nfd = "đối thoại doanh nghiệp".Normalize(NormalizationForm.FormD);

        var page = await site.Browser().GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString(nfd));
        var hit = page.QuerySelector(".search-hit")!;
        Assert.Equal("/tin-tuc/doi-thoai-doanh-nghiep", hit.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("Đối", hit.QuerySelectorAll("h2 mark").Select(m => m.TextContent));
        var typeFacet = page.QuerySelector("#facet-type + ul a")!;
        Assert.Equal("Tin bài (1)", typeFacet.TextContent.Trim());
        Assert.Contains("loai=article", typeFacet.GetAttribute("href"));

        var empty = await site.Browser().GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString("xyzzy khôngcó"));
        Assert.Contains("Không tìm thấy kết quả", empty.QuerySelector(".result-count")!.TextContent);
        Assert.Equal("xyzzy khongco", empty.QuerySelector(".no-results a")!.TextContent);
    }
}

public sealed class SearchTestsOnSqlite(SqliteSite site) : SearchTests<SqliteSite>(site);

public sealed class SearchTestsOnPostgres(PostgresSite site) : SearchTests<PostgresSite>(site);
