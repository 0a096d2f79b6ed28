using System.Net;
using System.Net.Http.Headers;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Xunit;
using static CchcPublic.Tests.Support.ContentHelpers;

namespace CchcPublic.Tests.Integration;

public abstract class MediaTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    private async Task<HttpClient> EditorAsync()
    {
        var email = $"tep.{Guid.NewGuid():N}@kiemthu.local";
        await site.CreateUserAsync(email, "mat-khau-dung-2026", [Roles.Editor]);
        return await site.SignedInAsync(email, "mat-khau-dung-2026");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name, string? alt)
    {
        var token = Html.Antiforgery(await client.GetDocumentAsync("/quan-tri/tep"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(alt ?? ""), "Alt" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "Upload", name);
        return await client.PostAsync("/quan-tri/tep", form);
    }

    [Fact]
    public async Task An_uploaded_phone_photo_comes_back_upright_without_any_metadata()
    {
        var original = TestImages.JpegWithGpsAndOrientation();
        Assert.True(TestImages.Contains(original, "Exif"u8));

        var response = await UploadAsync(await EditorAsync(), original, "anh-dien-thoai.jpg", "Người dân nộp hồ sơ tại bộ phận một cửa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var media = await site.DbAsync(db => db.MediaFiles.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal((20, 40), (media.Width, media.Height));
        var served = await site.Browser().GetByteArrayAsync(media.Url);
        Assert.False(TestImages.Contains(served, "Exif"u8));
        Assert.False(TestImages.Contains(served, [0xFF, 0xE1]));
        using var decoded = SKBitmap.Decode(served);
        Assert.Equal((20, 40), (decoded.Width, decoded.Height));
        Assert.Equal("Người dân nộp hồ sơ tại bộ phận một cửa", media.Alt);
        Assert.Contains(await site.DbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()), a => a == "media.uploaded");
    }

    [Fact]
    public async Task Large_images_get_responsive_WebP_copies()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();

        var (media, error) = await library.UploadAsync(new MemoryStream(TestImages.Png(1200, 800)), "lon.png", "Ảnh lớn");

        Assert.Null(error);
        Assert.Equal([480, 960], media!.Variants.Select(v => v.Width));
        Assert.Equal(320, media.Variants[0].Height);
        var webp = await site.Browser().GetByteArrayAsync("/media/" + media.Variants[0].Path);
        Assert.Equal("WEBP"u8.ToArray(), webp[8..12]);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "anh.jpg", "HTML hoặc SVG")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "bieu-do.svg", "HTML hoặc SVG")]
    [InlineData("MZ\u0090\u0000 not an image", "anh.png", "Không nhận dạng được")]
    public async Task Files_that_are_not_what_they_claim_are_refused_and_nothing_is_stored(string content, string name, string message)
    {
        var client = await EditorAsync();
        var before = await site.DbAsync(db => db.MediaFiles.CountAsync());

        var response = await UploadAsync(client, System.Text.Encoding.UTF8.GetBytes(content), name, "mô tả");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).QuerySelector("#Upload-error")!.TextContent);
        Assert.Equal(before, await site.DbAsync(db => db.MediaFiles.CountAsync()));
        var paths = site.Services.GetRequiredService<AppPaths>();
        Assert.Empty(Directory.EnumerateFiles(paths.Media, "*.pending", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_image_without_a_description_is_refused()
    {
        var response = await UploadAsync(await EditorAsync(), TestImages.Png(), "anh.png", "");

        Assert.Contains("mô tả thay thế", (await response.ReadDocumentAsync()).QuerySelector("#Upload-error")!.TextContent);
    }

    [Fact]
    public async Task A_file_in_use_cannot_be_deleted_and_shows_where_it_is_used()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var (uploaded, _) = await library.UploadAsync(new MemoryStream(TestImages.Png()), "bia.png", "Ảnh bìa");
        var image = uploaded!;
        var id = await site.DraftAsync("Bài có ảnh bìa", "bai-co-anh-bia");
        await site.ExpectOkAsync(w => w.SaveAsync(Editor, id, "article", new CchcPublic.Web.Content.ContentInput
            { Title = "Bài có ảnh bìa", Slug = "bai-co-anh-bia", CoverMediaId = image.Id, CoverAlt = "Ảnh bìa" }));

        var uses = await library.UsesAsync(image.Id);
        var refused = await library.DeleteAsync(image.Id);

        Assert.Equal(id, Assert.Single(uses).ContentItemId);
        Assert.Contains("đang được dùng", refused ?? "");
        Assert.True(await site.DbAsync(db => db.MediaFiles.AnyAsync(m => m.Id == image.Id)));
        var (unused, _) = await library.UploadAsync(new MemoryStream(TestImages.Png(30, 30)), "thua.png", "Ảnh thừa");
        Assert.Null(await library.DeleteAsync(unused!.Id));
        Assert.False(File.Exists(Path.Combine(site.Services.GetRequiredService<AppPaths>().Media, unused.Path)));
    }

    [Fact]
    public async Task A_crash_between_commit_and_move_is_finished_or_cleaned_on_the_next_start()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var db = scope.ServiceProvider.GetRequiredService<CchcPublic.Web.Infrastructure.Data.AppDbContext>();
        var (committed, _) = await library.StageAsync(new MemoryStream(TestImages.Png(20, 20)), "da-luu.png", "Đã lưu");
        db.Add(committed!.Entity);
        await db.SaveChangesAsync();
        var (abandoned, _) = await library.StageAsync(new MemoryStream(TestImages.Png(21, 21)), "bo-do.png", "Bỏ dở");
        var media = site.Services.GetRequiredService<AppPaths>().Media;

        var (finished, discarded) = await library.RecoverAsync();

        Assert.Equal((1, 1), (finished, discarded));
        Assert.True(File.Exists(Path.Combine(media, committed.Entity.Path)));
        Assert.False(File.Exists(Path.Combine(media, abandoned!.Entity.Path)));
        Assert.Empty(Directory.EnumerateFiles(media, "*.pending", SearchOption.AllDirectories));
    }
}

public sealed class MediaTestsOnSqlite(SqliteSite site) : MediaTests<SqliteSite>(site);

public sealed class MediaTestsOnPostgres(PostgresSite site) : MediaTests<PostgresSite>(site);
