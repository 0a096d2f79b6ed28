using System.Diagnostics;
using System.Threading.Channels;
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
/// Analysis is most of the cost, so one thread reads pages from the database while one thread per core
/// analyses and adds documents (the writer takes them concurrently), with a larger buffer than everyday
/// indexing needs so that fewer, larger segments are flushed and merged.
/// </summary>
public sealed class SearchRebuild(SearchIndex index, IEnumerable<ISearchSource> sources)
{
    private const double RebuildBufferMB = 128;

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
        var everydayBuffer = writer.Config.RAMBufferSizeMB;
        writer.Config.RAMBufferSizeMB = RebuildBufferMB;
        try
        {
            writer.DeleteAll();
            var done = 0;
            var gate = new object();
            var pages = Channel.CreateBounded<IReadOnlyList<(int Id, SearchDocument Document)>>(
                new BoundedChannelOptions(4) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
            var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
            {
                await foreach (var page in pages.Reader.ReadAllAsync(cancellationToken))
                {
                    foreach (var (_, document) in page)
                    {
                        writer.AddDocument(SearchFields.ToLucene(document));
                    }
                    lock (gate)
                    {
                        done += page.Count;
                        progress?.Invoke(done, Math.Max(total, done));
                    }
                }
            }, cancellationToken)).ToList();
            try
            {
                foreach (var source in sources)
                {
                    await source.LoadAsync(db, null, page => pages.Writer.WriteAsync(page, cancellationToken).AsTask(), cancellationToken);
                }
            }
            finally
            {
                pages.Writer.TryComplete();
            }
            await Task.WhenAll(workers);
            index.Commit(feedEnd);
            return new RebuildSummary(done, clock.Elapsed, index.SizeOnDisk());
        }
        finally
        {
            writer.Config.RAMBufferSizeMB = everydayBuffer;
        }
    }
}
