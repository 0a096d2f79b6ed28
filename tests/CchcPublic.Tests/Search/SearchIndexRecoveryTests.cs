using CchcPublic.Tests.Support;
using CchcPublic.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CchcPublic.Tests.Search;

/// <summary>The index is derived data: lost, corrupt or ahead of the database, it rebuilds itself on start.</summary>
public sealed class SearchIndexRecoveryTests
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "cchc-tests", "search-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_on_start()
    {
        await FirstRunAsync();
        Directory.Delete(Path.Combine(dataPath, "index"), recursive: true);

        await AssertRebuiltAsync();
    }

    [Fact]
    public async Task A_corrupted_index_is_rebuilt_on_start()
    {
        await FirstRunAsync();
        foreach (var file in new DirectoryInfo(Path.Combine(dataPath, "index")).EnumerateFiles().Where(f => f.Name != "write.lock"))
        {
            // Keep the length, scramble the middle: headers may survive, checksums do not.
            var bytes = await File.ReadAllBytesAsync(file.FullName);
            for (var i = bytes.Length / 3; i < bytes.Length * 2 / 3; i++)
            {
                bytes[i] ^= 0x5A;
            }
            await File.WriteAllBytesAsync(file.FullName, bytes);
        }

        await AssertRebuiltAsync();
    }

    [Fact]
    public async Task An_index_ahead_of_the_database_is_rebuilt_on_start()
    {
        await FirstRunAsync();
        // As after restoring an older database backup: the feed ends before the index's cursor.
        await using (var site = new SqliteSite { DataPath = dataPath, KeepData = true })
        {
            await site.DbAsync(async db => await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ContentChanges\" WHERE \"Id\" > 1"));
        }

        await AssertRebuiltAsync();
    }

    private async Task FirstRunAsync()
    {
        await using var site = new SqliteSite { DataPath = dataPath, KeepData = true };
        await site.PublishedAsync("Tiếp nhận hồ sơ đất đai qua bưu điện", "ho-so-dat-dai-buu-dien");
        await site.SearchCaughtUpAsync();
        Assert.Single((await site.Browser().SearchApiAsync("buu dien dat dai")).Urls());
    }

    private async Task AssertRebuiltAsync()
    {
        await using var site = new SqliteSite { DataPath = dataPath };
        await site.SearchCaughtUpAsync();
        Assert.Equal(["/tin-tuc/ho-so-dat-dai-buu-dien"], (await site.Browser().SearchApiAsync("bưu điện đất đai")).Urls());
        Assert.True(site.Services.GetRequiredService<SearchIndex>().Cursor >= 0);
    }
}
