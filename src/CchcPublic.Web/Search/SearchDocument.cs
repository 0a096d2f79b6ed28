using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Data;

namespace CchcPublic.Web.Search;

/// <summary>
/// One searchable thing as the index holds it: public text only, never drafts or personal data.
/// <see cref="Key"/> is unique across kinds ("content:12", "agency:4").
/// </summary>
public sealed record SearchDocument
{
    public required string Key { get; init; }
    public required string Type { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public string? Summary { get; init; }
    public string Body { get; init; } = "";

    /// <summary>Legal document numbers and procedure codes, searchable as typed (1256/QĐ-UBND).</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? AgencyCode { get; init; }
    public bool Withdrawn { get; init; }
}

/// <summary>
/// Where documents of one kind come from. The indexer asks every source about every feed row it replays;
/// a source answers for the rows that name its kind. Published answers to citizen feedback plug in here:
/// add a nullable key column to <see cref="ContentChange"/>, write a row in the same transaction as the
/// publication, and register an <c>ISearchSource</c> with <see cref="SearchExtensions.AddSearchSource{T}"/>.
/// </summary>
public interface ISearchSource
{
    /// <summary>The key prefix of this source's documents, e.g. "content".</summary>
    string Kind { get; }

    /// <summary>The id this feed row names for this source, if any.</summary>
    int? IdOf(ContentChange change);

    /// <summary>
    /// Current public documents for the given ids (all of them when <paramref name="ids"/> is null), in pages
    /// handed to <paramref name="page"/>. An id with no public document is simply absent: the indexer deletes it.
    /// </summary>
    Task LoadAsync(AppDbContext db, IReadOnlyCollection<int>? ids, Func<IReadOnlyList<(int Id, SearchDocument Document)>, Task> page,
        CancellationToken cancellationToken);

    /// <summary>How many documents a full rebuild will produce, for the progress bar.</summary>
    Task<int> CountAsync(AppDbContext db, CancellationToken cancellationToken);
}
