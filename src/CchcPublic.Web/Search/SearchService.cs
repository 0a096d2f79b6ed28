using System.Globalization;
using CchcPublic.Web.SiteConfig;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CchcPublic.Web.Search;

public enum SearchSort
{
    Relevance,
    Newest,
}

public sealed record SearchRequest(string? Query, IReadOnlyDictionary<string, string> Filters, SearchSort Sort = SearchSort.Relevance, int Page = 1, int PageSize = 10);

public sealed record SearchHit(string Title, string TitleHtml, string Url, string Type, string TypeName, DateOnly? Date, string SnippetHtml, bool Withdrawn);

public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

public sealed record SearchResults(
    UserQuery Query, int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, bool Approximate, bool IndexReady)
{
    public static SearchResults Empty(UserQuery query, bool ready) =>
        new(query, 0, 1, 10, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), false, ready);
}

public sealed record Suggestion(string Title, string Url, string Type);

/// <summary>Runs searches against the current index snapshot. Read-only: it never writes the index.</summary>
public sealed class SearchService(SearchIndex index, SearchLabels labels, SearchResultCache cache, SearchMatchCache matchCache, SearchRankingCache rankings)
{
    public const int MaxPage = 100;

    public SearchResults Search(SearchRequest request)
    {
        var query = UserQuery.Parse(request.Query);
        var filters = request.Filters.Where(f => FacetNames.All.Contains(f.Key) && f.Value.Length is > 0 and <= 60)
            .ToDictionary(f => f.Key, f => f.Value);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var size = Math.Clamp(request.PageSize, 1, 50);
        if (query.IsEmpty && filters.Count == 0)
        {
            return SearchResults.Empty(query, index.Cursor >= 0);
        }
        var key = CacheKey(query, filters, request.Sort, page, size);
        var generation = index.Generation;
        if (cache.Get(generation, key) is { } cached)
        {
            return cached;
        }
        // A ranking serves every page it holds: the next page of the same search only builds snippets.
        var rankingKey = CacheKey(query, filters, request.Sort, 0, 0);
        var results = index.Read(searcher =>
        {
            var ranking = rankings.Get(generation, rankingKey) is { } kept && kept.Serves(searcher.IndexReader, page * size) ? kept : null;
            if (ranking is null)
            {
                ranking = Rank(searcher, generation, query, filters, request.Sort, page * size);
                if (ranking is null)
                {
                    return SearchResults.Empty(query, true);
                }
                rankings.Put(generation, rankingKey, ranking);
            }
            // Fuzzy clauses become plain terms first, so the highlighter does not expand them per hit.
            var highlight = searcher.Rewrite(SearchQueryBuilder.Highlight(query, index.Analyzer, ranking.Approximate));
            // Snippets re-read each hit's text, a millisecond or more apiece: the page's hits are built in parallel,
            // each worker with its own highlighter (they keep state while they read a text).
            var shown = ranking.Docs.Skip((page - 1) * size).Take(size).ToArray();
            var hits = new SearchHit[shown.Length];
            Parallel.For(0, shown.Length, () => new Snippets(highlight),
                (i, _, snippets) =>
                {
                    hits[i] = ToHit(searcher.Doc(shown[i].Doc), snippets);
                    return snippets;
                }, _ => { });
            return new SearchResults(query, ranking.Total, page, size, hits, labels.Facets(ranking.Counts, filters), ranking.Approximate, true);
        });
        if (results is null)
        {
            return SearchResults.Empty(query, false);
        }
        cache.Put(generation, key, results);
        return results;
    }

    /// <summary>Everything a page of results depends on besides the index: the query as normalised, filters, order, page.</summary>
    private static string CacheKey(UserQuery query, IReadOnlyDictionary<string, string> filters, SearchSort sort, int page, int size) =>
        string.Join('\u001f', [query.Text, .. filters.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"),
            sort.ToString(), page.ToString(CultureInfo.InvariantCulture), size.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>
    /// The strict query's ranking, or when every word together finds nothing, the relaxed query's (approximate);
    /// null when the query has nothing to search for.
    /// </summary>
    private SearchRanking? Rank(IndexSearcher searcher, long generation, UserQuery query, IReadOnlyDictionary<string, string> filters, SearchSort requested, int top)
    {
        var strict = query.IsEmpty ? new MatchAllDocsQuery() : SearchQueryBuilder.Build(query, index.Analyzer, relaxed: false);
        if (strict is null)
        {
            return null;
        }
        var sort = query.IsEmpty ? SearchSort.Newest : requested;
        var recall = query.IsEmpty ? strict : SearchQueryBuilder.Build(query, index.Analyzer, relaxed: false, recall: true) ?? strict;
        var (total, docs, counts) = Run(searcher, generation, recall, strict, filters, sort, top);
        var approximate = false;
        if (total == 0 && !query.IsEmpty && SearchQueryBuilder.Build(query, index.Analyzer, relaxed: true) is { } relaxed)
        {
            // The relaxed recall form asks for most of the words themselves; the full relaxed form, which would
            // also let bigrams count towards "most", re-ranks.
            var relaxedRecall = SearchQueryBuilder.Build(query, index.Analyzer, relaxed: true, recall: true) ?? relaxed;
            (total, docs, counts) = Run(searcher, generation, relaxedRecall, relaxed, filters, sort, top);
            approximate = total > 0;
        }
        return new SearchRanking(searcher.IndexReader, total, docs, counts, approximate);
    }

    public IReadOnlyList<Suggestion> Suggest(string? text, int count = 8)
    {
        var query = UserQuery.Parse(text);
        if (SearchQueryBuilder.Suggestion(query.Text, index.Analyzer) is not { } suggest)
        {
            return [];
        }
        return index.Read(searcher => searcher.Search(suggest, count).ScoreDocs
            .Select(d => searcher.Doc(d.Doc))
            .Select(d => new Suggestion(d.Get(SearchFields.Title), d.Get(SearchFields.Url), labels.TypeName(d.Get(SearchFields.Type))))
            .ToList()) ?? [];
    }

    /// <summary>
    /// How many of the best first-pass matches the full query re-ranks. Beyond it results keep their first-pass
    /// order, so paging stays consistent: every page is cut from the same ranking.
    /// </summary>
    public const int RescoreWindow = 50;

    /// <summary>
    /// One pass of <paramref name="recall"/> over every match counts them, counts the facets and ranks a first time;
    /// then <paramref name="ranking"/> (the same matches, with the exact-diacritic, bigram and phrase clauses that
    /// make ranking good and every pass costly) re-scores the best <see cref="RescoreWindow"/>. The pass records
    /// its matches; when the same words come again with other filters, order or page, those are handed to the same
    /// tally instead of searching the index again.
    /// </summary>
    private (int Total, ScoreDoc[] Docs, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts) Run(
        IndexSearcher searcher, long generation, Query recall, Query ranking, IReadOnlyDictionary<string, string> filters, SearchSort sort, int top)
    {
        var rescore = sort == SearchSort.Relevance && !ReferenceEquals(recall, ranking);
        // At least the window, in either order, so the next pages come from the same ranking.
        var collected = Math.Max(top, RescoreWindow);
        var slices = DocSlice.Of(searcher.IndexReader.Leaves);
        var key = recall.ToString();
        var replay = matchCache.Get(generation, key) is { } kept && kept.ReadFrom(searcher.IndexReader) ? kept : null;
        var first = replay is null ? searcher.CreateNormalizedWeight(recall) : null;
        var recorded = new SearchMatches.Recorder[slices.Count];
        var tallies = new MatchTally[slices.Count];
        void Collect(int i)
        {
            tallies[i] = new MatchTally(slices[i].Leaf, filters, sort, collected);
            if (replay is not null)
            {
                replay.Replay(i, tallies[i]);
            }
            else
            {
                recorded[i] = slices[i].Record(first!);
                recorded[i].Replay(tallies[i]);
            }
        }
        if (searcher.IndexReader.MaxDoc < 2 * DocSlice.MinimumSlice)
        {
            // A small index, even one of several segments, stays on the request's thread.
            for (var i = 0; i < slices.Count; i++)
            {
                Collect(i);
            }
        }
        else
        {
            Parallel.For(0, slices.Count, Collect);
        }
        var reused = replay;
        if (replay is null && SearchMatches.Of(searcher.IndexReader, slices.Select(s => (s.Start, s.End)).ToList(), recorded, matchCache.MinimumKept) is { } found)
        {
            matchCache.Put(generation, key, found);
            reused = found;
        }
        var (total, docs, counts) = MatchTally.Merge(tallies, sort, collected);
        if (rescore && docs.Length > 1)
        {
            var weight = reused?.RankingWeight(searcher, ranking) ?? searcher.CreateNormalizedWeight(ranking);
            docs = [.. WindowReader.Rescore(searcher.IndexReader, weight, docs.Take(RescoreWindow)), .. docs.Skip(RescoreWindow)];
        }
        return (total, docs, counts);
    }

    /// <summary>
    /// A range of one segment's documents. Matching, counting and facets are most of a search over a large index,
    /// and one pass over 100,000 documents is one core's work: the index is cut into about one slice per core
    /// (never slices under <see cref="MinimumSlice"/> documents, so a small index is searched on the request's
    /// thread) and the slices are searched at once, each with its own collectors, merged afterwards.
    /// </summary>
    private sealed record DocSlice(AtomicReaderContext Leaf, int Start, int End)
    {
        public const int MinimumSlice = 20_000;

        public static List<DocSlice> Of(IList<AtomicReaderContext> leaves)
        {
            var total = leaves.Sum(l => l.AtomicReader.MaxDoc);
            var size = Math.Max(MinimumSlice, (total + Environment.ProcessorCount - 1) / Math.Max(1, Environment.ProcessorCount));
            var slices = new List<DocSlice>();
            foreach (var leaf in leaves)
            {
                var maxDoc = leaf.AtomicReader.MaxDoc;
                // A segment is cut only where it is large; a remainder under half a slice joins the piece before it.
                for (var start = 0; start < maxDoc;)
                {
                    var end = maxDoc - start < size * 3 / 2 ? maxDoc : start + size;
                    slices.Add(new DocSlice(leaf, start, end));
                    start = end;
                }
            }
            return slices;
        }

        /// <summary>Every match of the slice with its score, as the scorer hands them out.</summary>
        public SearchMatches.Recorder Record(Weight weight)
        {
            var recorder = new SearchMatches.Recorder();
            if (weight.GetScorer(Leaf, Leaf.AtomicReader.LiveDocs) is { } scorer)
            {
                for (var doc = scorer.Advance(Start); doc < End; doc = scorer.NextDoc())
                {
                    recorder.Add(doc, scorer.GetScore());
                }
            }
            return recorder;
        }
    }

    private SearchHit ToHit(Lucene.Net.Documents.Document doc, Snippets highlighter)
    {
        var title = doc.Get(SearchFields.Title);
        var body = doc.Get(SearchFields.Body) ?? "";
        var summary = doc.Get(SearchFields.Summary) ?? "";
        var type = doc.Get(SearchFields.Type);
        DateOnly? date = DateOnly.TryParseExact(doc.Get(SearchFields.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new SearchHit(
            title, highlighter.Title(title), doc.Get(SearchFields.Url), type, labels.TypeName(type), date,
            highlighter.Snippet(summary, body), doc.Get(SearchFields.Withdrawn) is not null);
    }
}
