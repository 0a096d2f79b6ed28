using System.Net;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class ImportTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    private static string Folder(params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cchc-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "media"));
        File.WriteAllBytes(Path.Combine(folder, "media", "anh-bia.png"), TestImages.Png(800, 450));
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
        return folder;
    }

    private async Task<ImportSummary> ImportAsync(string folder)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportFolderAsync(folder);
    }

    private const string Article = """
        ---
        type: article
        title: "Hướng dẫn nộp hồ sơ trực tuyến"
        slug: huong-dan-nop-ho-so-truc-tuyen
        date: 2024-05-20
        summary: "Các bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia."
        themes: [cai-cach-tthc, chinh-quyen-so]
        agency: VP-UBND
        tags: [dịch vụ công, trực tuyến]
        status: published
        cover: media/anh-bia.png
        coverAlt: "Người dân nộp hồ sơ trên điện thoại"
        ---
        ## Bước 1

        Đăng nhập bằng tài khoản định danh điện tử.
        """;

    private const string Index = """
        ---
        type: index-result
        title: "Chỉ số PAPI năm 2023"
        slug: papi-2023-nhap
        status: published
        index: PAPI
        year: 2023
        score: 40.48
        rank: 49
        rankedCount: 63
        subScores:
          Tham gia của người dân ở cơ sở: 4.70
          Công khai, minh bạch: 4.91
        ---
        Kết quả khảo sát PAPI năm 2023.
        """;

    private const string Bulletin = """
        ---
        type: bulletin
        title: "Bản tin số Cải cách hành chính số 1"
        slug: ban-tin-so-1-nhap
        status: published
        issueNumber: 1
        month: 3
        year: 2024
        intro: "Số đầu tiên của bản tin."
        items: [huong-dan-nop-ho-so-truc-tuyen, papi-2023-nhap]
        ---
        """;

    [Fact]
    public async Task Importing_twice_changes_nothing_the_second_time_and_a_changed_file_makes_one_revision()
    {
        var folder = Folder(("01-bai.md", Article), ("02-chi-so.md", Index), ("03-ban-tin.md", Bulletin));

        var first = await ImportAsync(folder);
        var revisions = await site.DbAsync(db => db.ContentRevisions.CountAsync());
        var second = await ImportAsync(folder);

        Assert.Equal((3, 0, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Empty(first.Errors);
        Assert.Equal((0, 0, 3), (second.Created, second.Updated, second.Unchanged));
        Assert.Equal(revisions, await site.DbAsync(db => db.ContentRevisions.CountAsync()));
        Assert.Equal(1, await site.DbAsync(db => db.MediaFiles.CountAsync(m => m.OriginalName == "anh-bia.png")));

        File.WriteAllText(Path.Combine(folder, "01-bai.md"), Article.Replace("Đăng nhập bằng", "Đăng nhập ứng dụng VNeID bằng", StringComparison.Ordinal));
        var third = await ImportAsync(folder);
        Assert.Equal((0, 1, 2), (third.Created, third.Updated, third.Unchanged));
        Assert.Equal(revisions + 1, await site.DbAsync(db => db.ContentRevisions.CountAsync()));

        var page = await site.Browser().GetDocumentAsync("/ban-tin/ban-tin-so-1-nhap");
        Assert.Equal(["Hướng dẫn nộp hồ sơ trực tuyến", "Chỉ số PAPI năm 2023"], page.QuerySelectorAll(".toc li a").Select(a => a.TextContent));
        var article = await site.Browser().GetDocumentAsync("/tin-tuc/huong-dan-nop-ho-so-truc-tuyen");
        Assert.Contains("VNeID", article.QuerySelector(".body")!.TextContent);
        Assert.Equal("Người dân nộp hồ sơ trên điện thoại", article.QuerySelector(".cover img")!.GetAttribute("alt"));
        Assert.Equal("20/05/2024", article.QuerySelector(".meta time")!.TextContent);
    }

    [Fact]
    public async Task Errors_name_the_file_and_the_field_and_import_nothing_from_that_file()
    {
        var folder = Folder(
            ("01-loai-sai.md", "---\ntype: bai-viet\ntitle: X\n---\n"),
            ("02-thieu-tieu-de.md", "---\ntype: article\nslug: khong-tieu-de\nstatus: published\n---\nNội dung"),
            ("03-truong-la.md", "---\ntype: article\ntitle: Có trường lạ\nmauSac: do\n---\n"),
            ("04-chi-so-sai.md", "---\ntype: index-result\ntitle: Chỉ số sai\nindex: ABC\nyear: 2024\nrankedCount: 63\n---\n"),
            ("05-anh-thieu.md", "---\ntype: article\ntitle: Ảnh thiếu\ncover: media/khong-co.png\ncoverAlt: x\n---\n"),
            ("06-khong-yaml.md", "Chỉ có nội dung"));

        var summary = await ImportAsync(folder);

        Assert.Equal(0, summary.Created);
        Assert.Contains(summary.Errors, e => e.StartsWith("01-loai-sai.md: trường 'type'", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.StartsWith("02-thieu-tieu-de.md: trường 'title': Vui lòng nhập tiêu đề.", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.StartsWith("03-truong-la.md: trường 'mauSac' không có trong loại article", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.StartsWith("04-chi-so-sai.md: trường 'index'", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.StartsWith("05-anh-thieu.md: trường 'cover': không tìm thấy tệp", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.StartsWith("06-khong-yaml.md: thiếu phần đầu YAML", StringComparison.Ordinal));
        Assert.False(await site.DbAsync(db => db.ContentItems.AnyAsync(i => i.Slug == "khong-tieu-de" || i.Title == "Có trường lạ")));
    }
}

public sealed class ImportTestsOnSqlite(SqliteSite site) : ImportTests<SqliteSite>(site);

public sealed class ImportTestsOnPostgres(PostgresSite site) : ImportTests<PostgresSite>(site);
