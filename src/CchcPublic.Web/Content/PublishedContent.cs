using System.Collections.Concurrent;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Media;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Content;

/// <summary>
/// A published document as the public site shows it. The Markdown body is the bulk of the snapshot, so it is
/// kept compressed with its neighbours (<see cref="TextBlock"/>); the rendered HTML is kept only until the next
/// full collection (output caching serves the pages people actually read).
/// </summary>
public sealed class PublishedPage
{
    private readonly MarkdownRenderer markdown;
    private readonly TextBlock bodies;
    private readonly int bodyIndex;
    private readonly WeakReference<string?> html = new(null);

    /// <summary>The revision's body is read from <paramref name="bodies"/> and cleared from the revision.</summary>
    public PublishedPage(ContentItem item, ContentRevision revision, TextBlock bodies, int bodyIndex, MarkdownRenderer markdown)
    {
        this.markdown = markdown;
        this.bodies = bodies;
        this.bodyIndex = bodyIndex;
        revision.Body = "";
        Id = item.Id;
        Type = item.Type;
        Section = item.Section;
        Slug = item.Slug;
        Revision = revision;
        PublishedUtc = item.FirstPublishedUtc ?? item.LivePublishedUtc ?? item.CreatedUtc;
        UpdatedUtc = item.LivePublishedUtc ?? item.UpdatedUtc;
        WithdrawnUtc = item.WithdrawnUtc;
        WithdrawalReason = item.WithdrawnUtc is null ? null : item.StatusNote;
    }

    public int Id { get; }
    public string Type { get; }
    public string Section { get; }
    public string Slug { get; }

    /// <summary>The live revision's fields; its Markdown body is read through <see cref="BodyHtml"/>.</summary>
    public ContentRevision Revision { get; }
    public DateTime PublishedUtc { get; }
    public DateTime UpdatedUtc { get; }
    public DateTime? WithdrawnUtc { get; }
    public string? WithdrawalReason { get; }

    /// <summary>The date readers see: the editor's display date, else the first publication.</summary>
    public DateOnly Date => Revision.PublishDate ?? DateOnly.FromDateTime(Infrastructure.Text.VnTime.ToLocal(PublishedUtc));

    public string Url => $"/{Section}/{Slug}";

    public string BodyHtml
    {
        get
        {
            if (html.TryGetTarget(out var rendered) && rendered is not null)
            {
                return rendered;
            }
            rendered = markdown.ToHtml(bodies[bodyIndex]);
            html.SetTarget(rendered);
            return rendered;
        }
    }
}

public abstract record Resolution;
public sealed record Found(PublishedPage Page) : Resolution;
public sealed record MovedTo(string Url) : Resolution;
public sealed record Gone(string? Note) : Resolution;
public sealed record NotFound : Resolution;

/// <summary>
/// The in-memory snapshot of everything public, so public pages never query the database for content.
/// It is built once at start and then follows the ContentChange feed from its own cursor: this node's
/// changes are applied right after their commit, other nodes' within the polling interval.
/// </summary>
public sealed class PublishedContent(
    IServiceScopeFactory scopes, MarkdownRenderer markdown, IOutputCacheStore cache, SiteConfig.CchcConfig config, ILogger<PublishedContent> log)
{
    public const string CacheTag = "content";

    private readonly ConcurrentDictionary<int, PublishedPage> byId = new();
    private readonly ConcurrentDictionary<(string, string), int> live = new();
    private readonly ConcurrentDictionary<(string, string), int> oldSlugs = new();
    private readonly ConcurrentDictionary<(string, string), (int Id, string? Note)> gone = new();
    private readonly ConcurrentDictionary<int, int> redirectedItems = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private long cursor;
    private long version;
    private readonly ConcurrentDictionary<int, MediaFile> media = new();
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);
    private volatile Dictionary<int, Agency> agencies = [];
    private (long Version, Dictionary<string, PublishedPage[]> Sections)? sorted;
    private (long Version, Dictionary<string, (Agency[] Agencies, int[] Years)> Facets)? facets;

    public int Count => byId.Count;
    public long Version => Interlocked.Read(ref version);

    public Resolution Resolve(string section, string slug)
    {
        if (live.TryGetValue((section, slug), out var id) && byId.TryGetValue(id, out var page))
            return new Found(page);
        if (gone.TryGetValue((section, slug), out var removed))
            return new Gone(removed.Note);
        if (oldSlugs.TryGetValue((section, slug), out var itemId))
            return UrlOf(itemId) is { } url ? new MovedTo(url)
                : gone.Values.FirstOrDefault(g => g.Id == itemId) is { Id: > 0 } old ? new Gone(old.Note)
                : new NotFound();
        return new NotFound();
    }

    public PublishedPage? Find(int id) => byId.GetValueOrDefault(id);

    public IEnumerable<PublishedPage> All => byId.Values;

    public MediaFile? Media(int? id) => id is { } key ? media.GetValueOrDefault(key) : null;

    public MediaFile? Media(string? id) => int.TryParse(id, out var key) ? media.GetValueOrDefault(key) : null;

    public Agency? Agency(int? id) => id is { } key ? agencies.GetValueOrDefault(key) : null;

    /// <summary>Published items of a section, newest first. Cached until the next change.</summary>
    public IReadOnlyList<PublishedPage> InSection(string section)
    {
        var current = sorted;
        if (current is null || current.Value.Version != Version)
        {
            var sections = byId.Values.GroupBy(p => p.Section)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).ToArray());
            current = (Version, sections);
            sorted = current;
        }
        return current.Value.Sections.GetValueOrDefault(section) ?? [];
    }

    /// <summary>The agencies and years a section's items have, for its filters. Cached until the next change.</summary>
    public (IReadOnlyList<Agency> Agencies, IReadOnlyList<int> Years) FacetsOf(string section)
    {
        var current = facets;
        if (current is null || current.Value.Version != Version)
        {
            current = (Version, new Dictionary<string, (Agency[], int[])>());
            facets = current;
        }
        var cache = current.Value.Facets;
        lock (cache)
        {
            if (!cache.TryGetValue(section, out var found))
            {
                var items = InSection(section);
                found = (items.Select(p => Agency(p.Revision.AgencyId)).OfType<Agency>().DistinctBy(a => a.Id)
                        .OrderBy(a => a.Name, StringComparer.Create(Infrastructure.Text.VnTime.Culture, false)).ToArray(),
                    items.Select(p => p.Date.Year).Distinct().OrderDescending().ToArray());
                cache[section] = found;
            }
            return found;
        }
    }

    public async Task LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var start = await db.Set<ContentChange>().MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
            ClearAll();
            await LoadItemsAsync(db, null, cancellationToken);
            cursor = start;
            Interlocked.Increment(ref version);
            Compact();
            log.LogInformation("Published content snapshot: {Count} items", byId.Count);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Applies changes committed since the cursor and evicts cached pages when anything changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        bool changed;
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var changes = await db.Set<ContentChange>().AsNoTracking().Where(c => c.Id > cursor)
                .OrderBy(c => c.Id).Select(c => new { c.Id, c.ContentItemId }).ToListAsync(cancellationToken);
            changed = changes.Count > 0;
            if (changed)
            {
                // Agency rows change no item, but the reload below refreshes the agency names pages show.
                var ids = changes.Where(c => c.ContentItemId != null).Select(c => c.ContentItemId!.Value).Distinct().ToList();
                if (ids.Count > FullReloadThreshold)
                {
                    // After a bulk import, reading everything once beats thousands of small lookups.
                    ClearAll();
                    await LoadItemsAsync(db, null, cancellationToken);
                    Compact();
                }
                else
                {
                    foreach (var id in ids)
                    {
                        Forget(id);
                    }
                    await LoadItemsAsync(db, ids, cancellationToken);
                }
                cursor = changes[^1].Id;
                Interlocked.Increment(ref version);
            }
        }
        finally
        {
            gate.Release();
        }
        if (changed)
        {
            await cache.EvictByTagAsync(CacheTag, cancellationToken);
        }
    }

    private const int FullReloadThreshold = 500;

    /// <summary>
    /// A full load leaves the snapshot scattered among the freed rows it was read from; one compacting
    /// collection packs it and gives the rest back to the system, instead of keeping it as heap until the next one.
    /// </summary>
    private static void Compact() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private void ClearAll()
    {
        byId.Clear();
        live.Clear();
        oldSlugs.Clear();
        gone.Clear();
        redirectedItems.Clear();
        strings.Clear();
    }

    private void Forget(int id)
    {
        byId.TryRemove(id, out _);
        redirectedItems.TryRemove(id, out _);
        foreach (var key in live.Where(p => p.Value == id).Select(p => p.Key).ToList()) live.TryRemove(key, out _);
        foreach (var key in oldSlugs.Where(p => p.Value == id).Select(p => p.Key).ToList()) oldSlugs.TryRemove(key, out _);
        foreach (var key in gone.Where(p => p.Value.Id == id).Select(p => p.Key).ToList()) gone.TryRemove(key, out _);
    }

    private const int LoadBatch = 2000;

    /// <summary>Loads the given items, or all of them in batches so a large site's start does not hold every row twice.</summary>
    private async Task LoadItemsAsync(AppDbContext db, List<int>? only, CancellationToken cancellationToken)
    {
        var items = db.Set<ContentItem>().AsNoTracking().Where(i => i.LiveRevisionId != null || i.Status == ContentStatus.Removed || i.Status == ContentStatus.Redirected);
        if (only is not null)
        {
            await LoadRowsAsync(db, items.Where(i => only.Contains(i.Id)), cancellationToken);
        }
        else
        {
            for (var last = 0; ;)
            {
                var loaded = await LoadRowsAsync(db, items.Where(i => i.Id > last).OrderBy(i => i.Id).Take(LoadBatch), cancellationToken);
                if (loaded.Count < LoadBatch)
                {
                    break;
                }
                last = loaded[^1];
            }
        }
        var redirects = db.Set<SlugRedirect>().AsNoTracking();
        if (only is not null)
        {
            redirects = redirects.Where(r => only.Contains(r.ContentItemId));
        }
        foreach (var redirect in await redirects.ToListAsync(cancellationToken))
        {
            oldSlugs[(redirect.Section, redirect.Slug)] = redirect.ContentItemId;
        }
        agencies = await db.Set<Agency>().AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>Applies one batch of items with their live revisions and the media they show; returns their ids in order.</summary>
    private async Task<List<int>> LoadRowsAsync(AppDbContext db, IQueryable<ContentItem> items, CancellationToken cancellationToken)
    {
        var rows = await items
            .GroupJoin(db.Set<ContentRevision>().AsNoTracking(), i => i.LiveRevisionId, r => r.Id, (i, r) => new { Item = i, Revision = r })
            .SelectMany(x => x.Revision.DefaultIfEmpty(), (x, r) => new { x.Item, Revision = r })
            .ToListAsync(cancellationToken);
        var mediaIds = rows.Where(r => r.Revision is not null)
            .SelectMany(r => config.ContentTypes.FirstOrDefault(t => t.Code == r.Item.Type) is { } type ? ContentFields.MediaIds(type, r.Revision!) : [])
            .Distinct().Where(m => !media.ContainsKey(m)).ToList();
        foreach (var row in rows)
        {
            var item = row.Item;
            switch (item.Status)
            {
                case ContentStatus.Removed:
                    gone[(item.Section, item.Slug)] = (item.Id, item.StatusNote);
                    break;
                case ContentStatus.Redirected when item.RedirectToId is { } target:
                    redirectedItems[item.Id] = target;
                    oldSlugs[(item.Section, item.Slug)] = item.Id;
                    break;
            }
        }
        var pages = rows.Where(r => r.Revision is not null && r.Item.Status != ContentStatus.Removed
                && !(r.Item.Status == ContentStatus.Redirected && r.Item.RedirectToId is not null))
            .Select(r => (r.Item, Revision: r.Revision!)).ToList();
        var blocks = new TextBlock[(pages.Count + TextBlock.Size - 1) / TextBlock.Size];
        Parallel.For(0, blocks.Length, b => blocks[b] = TextBlock.Of(
            pages.Skip(b * TextBlock.Size).Take(TextBlock.Size).Select(p => p.Revision.Body).ToList()));
        for (var i = 0; i < pages.Count; i++)
        {
            var (item, revision) = pages[i];
            Share(item, revision);
            byId[item.Id] = new PublishedPage(item, revision, blocks[i / TextBlock.Size], i % TextBlock.Size, markdown);
            live[(item.Section, item.Slug)] = item.Id;
        }
        foreach (var chunk in mediaIds.Chunk(500))
        {
            foreach (var file in await db.Set<MediaFile>().AsNoTracking().Where(m => chunk.Contains(m.Id)).ToListAsync(cancellationToken))
            {
                media[file.Id] = file;
            }
        }
        return rows.Select(r => r.Item.Id).ToList();
    }

    /// <summary>
    /// Makes equal strings one string: every row read brings its own copy of the section, type, author, theme
    /// codes and field names, which on a large site come to tens of megabytes of duplicates.
    /// </summary>
    private void Share(ContentItem item, ContentRevision revision)
    {
        item.Type = Shared(item.Type);
        item.Section = Shared(item.Section);
        revision.Slug = item.Slug;
        revision.AuthorName = Shared(revision.AuthorName);
        revision.AuthorId = revision.AuthorId is { } author ? Shared(author) : null;
        for (var i = 0; i < revision.Themes.Count; i++)
        {
            revision.Themes[i] = Shared(revision.Themes[i]);
        }
        if (revision.Fields.Count > 0)
        {
            revision.Fields = revision.Fields.ToDictionary(f => Shared(f.Key), f => f.Value);
        }
    }

    private string Shared(string text) => strings.GetOrAdd(text, text);

    private string? UrlOf(int itemId)
    {
        for (var hops = 0; hops < 20; hops++)
        {
            if (byId.TryGetValue(itemId, out var page))
                return page.Url;
            if (!redirectedItems.TryGetValue(itemId, out itemId))
                return null;
        }
        return null;
    }
}
