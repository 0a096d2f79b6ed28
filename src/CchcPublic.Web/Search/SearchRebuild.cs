using System.Diagnostics;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Search;

public sealed record RebuildSummary(int Documents, TimeSpan Elapsed, long Bytes)
{
    public override string ToString() =>
        $"{Documents} tài liệu trong {Elapsed.TotalSeconds:0.0} giây, chỉ mục {Bytes / 1024.0 / 1024.0:0.0} MB";
}

/// <summary>
/// Builds the whole index from the database. The old documents stay visible to readers until the single
/// commit at the end; the cursor committed is the feed's end as read before loading, so changes made during
/// the rebuild are replayed afterwards (applying a change twice is harmless).
/// </summary>
public sealed class SearchRebuild(SearchIndex index, IEnumerable<ISearchSource> sources)
{
    public async Task<RebuildSummary> RunAsync(AppDbContext db, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var feedEnd = await db.ContentChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        var total = 0;
        foreach (var source in sources)
        {
            total += await source.CountAsync(db, cancellationToken);
        }
        var writer = index.Writer;
        writer.DeleteAll();
        var done = 0;
        foreach (var source in sources)
        {
            await source.LoadAsync(db, null, page =>
            {
                foreach (var (_, document) in page)
                {
                    writer.AddDocument(SearchFields.ToLucene(document));
                }
                done += page.Count;
                progress?.Invoke(done, Math.Max(total, done));
                return Task.CompletedTask;
            }, cancellationToken);
        }
        index.Commit(feedEnd);
        return new RebuildSummary(done, clock.Elapsed, index.SizeOnDisk());
    }
}
