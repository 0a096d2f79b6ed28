using System.Net;
using System.Net.Http.Headers;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class ContentBackOfficeTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    private async Task<HttpClient> SignedInAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@kiemthu.local";
        await site.CreateUserAsync(email, "mat-khau-dung-2026", [role], role == Roles.AgencyHandler ? "SO-Y-TE" : null);
        return await site.SignedInAsync(email, "mat-khau-dung-2026");
    }

    [Fact]
    public async Task An_editor_creates_an_article_with_a_cover_photo_through_the_form()
    {
        var client = await SignedInAsync(Roles.Editor);
        var token = Html.Antiforgery(await client.GetDocumentAsync("/quan-tri/noi-dung/tao?loai=article"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Một cửa điện tử tại phường Cẩm Thành"), "Input.Title" },
            { new StringContent("Người dân **không phải đi lại** nhiều lần."), "Input.Body" },
            { new StringContent("Cán bộ một cửa hướng dẫn người dân"), "Input.CoverAlt" },
            { new StringContent("cai-cach-tthc"), "Input.Themes" },
        };
        var photo = new ByteArrayContent(TestImages.JpegWithGpsAndOrientation());
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(photo, "CoverUpload", "mot-cua.jpg");

        var response = await client.PostAsync("/quan-tri/noi-dung/tao?loai=article", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await site.DbAsync(db => db.ContentItems.SingleAsync(i => i.Title == "Một cửa điện tử tại phường Cẩm Thành"));
        Assert.Equal("mot-cua-dien-tu-tai-phuong-cam-thanh", item.Slug);
        var revision = await site.DbAsync(db => db.ContentRevisions.SingleAsync(r => r.Id == item.LatestRevisionId));
        Assert.NotNull(revision.CoverMediaId);
        Assert.Equal(["cai-cach-tthc"], revision.Themes);
        var edit = await client.GetDocumentAsync(response.Location());
        Assert.Contains("Bản nháp", edit.QuerySelector("main p strong")!.TextContent);
        Assert.NotNull(edit.QuerySelector("form[action*='handler=Submit']"));
        Assert.Null(edit.QuerySelector("form[action*='handler=Publish']"));
    }

    [Fact]
    public async Task The_form_keeps_what_was_typed_and_shows_errors_next_to_fields()
    {
        var client = await SignedInAsync(Roles.Editor);

        var response = await client.PostFormAsync("/quan-tri/noi-dung/tao?loai=event",
            [new("Input.Title", ""), new("Input.Body", "Nội dung đã gõ"), new("Input.Fields[start]", "không phải ngày"), new("Input.Fields[place]", "Hội trường tỉnh")]);

        var page = await response.ReadDocumentAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, page.QuerySelector("main")?.TextContent);
        Assert.Equal("Vui lòng nhập tiêu đề.", page.QuerySelector("#Input_Title-error")!.TextContent);
        Assert.Contains("ngày giờ", page.QuerySelector("#Input_Fields_start-error")!.TextContent);
        Assert.Equal("Nội dung đã gõ", page.QuerySelector("#Input_Body")!.TextContent);
        Assert.Equal("Hội trường tỉnh", page.QuerySelector("#Input_Fields_place")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_list_pages_by_keyset_and_filters_by_type()
    {
        for (var i = 0; i < 55; i++)
        {
            await site.DraftAsync($"Tin phân trang số {i:00}", $"tin-phan-trang-{i:00}");
        }
        var client = await SignedInAsync(Roles.Editor);

        var first = await client.GetDocumentAsync("/quan-tri/noi-dung?q=phân trang");
        var titles = first.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);
        var rest = second.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();

        Assert.Equal(50, titles.Count);
        Assert.Equal(5, rest.Count);
        Assert.Empty(titles.Intersect(rest));
        Assert.Equal(55, titles.Concat(rest).Distinct().Count());
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Empty((await client.GetDocumentAsync("/quan-tri/noi-dung?q=phân trang&loai=event")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task History_shows_a_diff_between_revisions()
    {
        var id = await site.DraftAsync("Lịch sử bài viết", "lich-su-bai-viet", "Dòng một.\nDòng hai.");
        await site.ExpectOkAsync(w => w.Revise(ContentHelpers.Editor, id, "Lịch sử bài viết", "lich-su-bai-viet", "Dòng một.\nDòng hai đã sửa."));
        var client = await SignedInAsync(Roles.Editor);

        var page = await client.GetDocumentAsync($"/quan-tri/noi-dung/{id}/lich-su");

        Assert.Equal(2, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains(page.QuerySelectorAll(".diff .ins"), line => line.TextContent.Trim() == "+ Dòng hai đã sửa.");
        Assert.Contains(page.QuerySelectorAll(".diff .del"), line => line.TextContent.Trim() == "− Dòng hai.");
        Assert.Contains(page.QuerySelectorAll(".diff .same"), line => line.TextContent.Trim() == "Dòng một.");
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.AgencyHandler)]
    public async Task Roles_outside_publishing_cannot_open_content_or_media_pages(string role)
    {
        var client = await SignedInAsync(role);
        var id = await site.DraftAsync($"Không được xem {role}");
        foreach (var route in new[] { "/quan-tri/noi-dung", "/quan-tri/noi-dung/tao?loai=article", $"/quan-tri/noi-dung/{id}", $"/quan-tri/noi-dung/{id}/lich-su", "/quan-tri/tep" })
        {
            var response = await client.GetAsync(route);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} {route} → {(int)response.StatusCode}");
            Assert.StartsWith("/quan-tri/tu-choi", response.Location());
        }
    }
}

public sealed class ContentBackOfficeTestsOnSqlite(SqliteSite site) : ContentBackOfficeTests<SqliteSite>(site);

public sealed class ContentBackOfficeTestsOnPostgres(PostgresSite site) : ContentBackOfficeTests<PostgresSite>(site);
