using CchcPublic.Web.Infrastructure.Data;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Search;

/// <summary>The `reindex` verb: rebuilds this node's index from the database, with a progress bar and a summary.</summary>
public static class ReindexCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var index = services.GetRequiredService<SearchIndex>();
        try
        {
            index.Open(await db.ContentChanges.MaxAsync(c => (long?)c.Id) ?? 0);
        }
        catch (LockObtainFailedException)
        {
            Console.Error.WriteLine($"Chỉ mục {index.Folder} đang được một tiến trình khác ghi (trang web đang chạy?). " +
                "Dừng trang web rồi chạy lại, hoặc xóa thư mục chỉ mục và khởi động lại: trang web tự xây dựng lại khi khởi động.");
            return 1;
        }
        try
        {
            Console.WriteLine($"Xây dựng lại chỉ mục tìm kiếm tại {index.Folder}");
            var shown = -1;
            var summary = await new SearchRebuild(index, services.GetServices<ISearchSource>()).RunAsync(db, (done, total) =>
            {
                var percent = done * 100 / Math.Max(total, 1);
                var every = Console.IsOutputRedirected ? 10 : 1;
                if (percent / every == shown / every && done != total)
                {
                    return;
                }
                shown = percent;
                var bar = new string('#', percent * 30 / 100).PadRight(30);
                Console.Write(Console.IsOutputRedirected ? $"[{bar}] {done}/{total}{Environment.NewLine}" : $"\r[{bar}] {done}/{total}");
            }, CancellationToken.None);
            if (!Console.IsOutputRedirected)
            {
                Console.WriteLine();
            }
            Console.WriteLine($"Xong: {summary}.");
            return 0;
        }
        finally
        {
            index.CloseWriter();
        }
    }
}
