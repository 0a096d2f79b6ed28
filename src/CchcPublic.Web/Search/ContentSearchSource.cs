using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Markdig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Search;

/// <summary>
/// Published content, read from the live revision in the database (never from rendered HTML). Withdrawn
/// items stay on the public site with a notice, so they stay searchable, marked. Drafts, removed and
/// redirected items have no document; revision authors are never indexed.
/// </summary>
public sealed class ContentSearchSource(CchcConfig config) : ISearchSource
{
    private const int PageSize = 500;

    // Field types whose text readers see; media, links, numbers-as-ids and flags are not words.
    private static readonly HashSet<string> TextTypes = ["text", "longtext", "markdown", "text-list", "choice", "key-value"];

    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    public string Kind => "content";

    public int? IdOf(ContentChange change) => change.ContentItemId;

    public Task<int> CountAsync(AppDbContext db, CancellationToken cancellationToken) => Public(db).CountAsync(cancellationToken);

    public async Task LoadAsync(AppDbContext db, IReadOnlyCollection<int>? ids, Func<IReadOnlyList<(int Id, SearchDocument Document)>, Task> page,
        CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        if (ids is not null)
        {
            foreach (var chunk in ids.Chunk(PageSize))
            {
                await page(await LoadPageAsync(Public(db).Where(i => chunk.Contains(i.Id)), db, agencies, cancellationToken));
            }
            return;
        }
        var after = 0;
        while (true)
        {
            var batch = await LoadPageAsync(Public(db).Where(i => i.Id > after).OrderBy(i => i.Id).Take(PageSize), db, agencies, cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }
            await page(batch);
            after = batch.Max(b => b.Id);
            db.ChangeTracker.Clear();
        }
    }

    private static IQueryable<ContentItem> Public(AppDbContext db) => db.ContentItems.AsNoTracking()
        .Where(i => i.LiveRevisionId != null && i.Status != ContentStatus.Removed && i.Status != ContentStatus.Redirected);

    private async Task<List<(int Id, SearchDocument Document)>> LoadPageAsync(
        IQueryable<ContentItem> items, AppDbContext db, Dictionary<int, string> agencies, CancellationToken cancellationToken)
    {
        var rows = await items
            .Join(db.ContentRevisions.AsNoTracking(), i => i.LiveRevisionId, r => r.Id, (i, r) => new { Item = i, Revision = r })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Item.Id, Map(r.Item, r.Revision, agencies))).ToList();
    }

    public SearchDocument Map(ContentItem item, ContentRevision revision, IReadOnlyDictionary<int, string> agencies)
    {
        var type = config.ContentTypes.FirstOrDefault(t => t.Code == item.Type);
        var body = new List<string> { ToPlainText(revision.Body) };
        var codes = new List<string>();
        foreach (var field in type?.Fields.Where(f => TextTypes.Contains(f.Type)) ?? [])
        {
            if (revision.Field(field.Name) is not { } value)
            {
                continue;
            }
            if (field.Name is "procedureCode" or "documentNumber")
            {
                codes.Add(value);
            }
            body.Add(field.Type switch
            {
                "markdown" => ToPlainText(value),
                "choice" when field.Name == "programme" => config.Programmes.FirstOrDefault(p => p.Code == value)?.Name ?? value,
                "key-value" => value.Replace('=', ' '),
                _ => value,
            });
        }
        body.AddRange(revision.Tags);
        return new SearchDocument
        {
            Key = $"{Kind}:{item.Id}",
            Type = item.Type,
            Title = revision.Title,
            Url = $"/{item.Section}/{item.Slug}",
            Summary = revision.Summary,
            Body = string.Join("\n", body.Where(b => b.Length > 0)),
            Codes = codes,
            // The date readers see on the page: the editor's display date, else the first publication.
            Date = revision.PublishDate ?? DateOnly.FromDateTime(VnTime.ToLocal(item.FirstPublishedUtc ?? item.LivePublishedUtc ?? item.CreatedUtc)),
            Themes = revision.Themes,
            AgencyCode = revision.AgencyId is { } agency ? agencies.GetValueOrDefault(agency) : null,
            Withdrawn = item.WithdrawnUtc is not null,
        };
    }

    private static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Plain).Trim();
}
