using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Data;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Search;

/// <summary>
/// Applies the change feed to this node's index, in order, from the cursor stored in the index. Opens
/// (and if needed rebuilds) the index on start, and again after any failure, so a lost or corrupt index
/// heals itself from the database. Nothing else writes the index while the site runs.
/// </summary>
public sealed class SearchIndexer(
    SearchIndex index, IEnumerable<ISearchSource> sources, IServiceScopeFactory scopes, CchcOptions options, SearchWarmUp warmUp,
    ILogger<SearchIndexer> log)
    : BackgroundService
{
    private const int BatchSize = 1000;

    // Feed ids seen missing below the cursor: a PostgreSQL transaction can commit a lower id after a higher
    // one. They are looked for again for a while; ids of rolled-back transactions never appear and expire.
    private readonly Dictionary<long, DateTime> gaps = [];
    private readonly SemaphoreSlim wake = new(0);
    private bool warmed;

    /// <summary>Asks for an immediate pass instead of waiting for the next poll.</summary>
    public void Poke()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var poll = TimeSpan.FromSeconds(Math.Max(0.05, options.Search.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!index.IsOpen)
                {
                    await OpenAsync(stoppingToken);
                }
                while (await CatchUpAsync(stoppingToken))
                {
                }
                if (!warmed)
                {
                    warmed = true;
                    WarmUp(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Search indexing failed; the index will be checked and reopened");
                index.CloseWriter();
            }
            try
            {
                await wake.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        index.CloseWriter();
    }

    // Once per start, when the index is current; a failed warm-up only costs the first visitors' time.
    private void WarmUp(CancellationToken cancellationToken)
    {
        try
        {
            warmUp.Run(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Search warm-up failed");
        }
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var feedEnd = await db.ContentChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        if (index.Open(feedEnd) is not null)
        {
            var summary = await new SearchRebuild(index, sources).RunAsync(db, null, cancellationToken);
            log.LogInformation("Search index rebuilt: {Summary}", summary);
        }
    }

    /// <summary>Applies one batch of feed rows; true when there may be more.</summary>
    private async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cursor = index.Cursor;
        var gapIds = gaps.Keys.ToList();
        var rows = await db.ContentChanges.AsNoTracking()
            .Where(c => c.Id > cursor || gapIds.Contains(c.Id))
            .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
        ExpireGaps();
        if (rows.Count == 0)
        {
            return false;
        }
        var next = cursor;
        foreach (var row in rows)
        {
            gaps.Remove(row.Id);
            if (row.Id <= next)
            {
                continue;
            }
            for (var missing = next + 1; missing < row.Id && next >= 0; missing++)
            {
                gaps.TryAdd(missing, DateTime.UtcNow);
            }
            next = row.Id;
        }
        await ApplyAsync(index, sources, db, rows, cancellationToken);
        index.Commit(Math.Max(next, cursor));
        return rows.Count == BatchSize;
    }

    /// <summary>Re-reads the documents the rows name and replaces or deletes them in the index.</summary>
    public static async Task ApplyAsync(SearchIndex index, IEnumerable<ISearchSource> sources, AppDbContext db,
        IReadOnlyList<ContentChange> rows, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var ids = rows.Select(source.IdOf).OfType<int>().Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }
            var found = new HashSet<int>();
            await source.LoadAsync(db, ids, page =>
            {
                foreach (var (id, document) in page)
                {
                    found.Add(id);
                    index.Writer.UpdateDocument(new Term(SearchFields.Key, document.Key), SearchFields.ToLucene(document));
                }
                return Task.CompletedTask;
            }, cancellationToken);
            foreach (var gone in ids.Where(id => !found.Contains(id)))
            {
                index.Writer.DeleteDocuments(new Term(SearchFields.Key, $"{source.Kind}:{gone}"));
            }
        }
    }

    private void ExpireGaps()
    {
        var old = DateTime.UtcNow.AddMinutes(-2);
        foreach (var id in gaps.Where(g => g.Value < old).Select(g => g.Key).ToList())
        {
            gaps.Remove(id);
        }
    }
}
