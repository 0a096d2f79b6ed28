using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CchcPublic.Web.Search;

/// <summary>One match as ranked: its top-level document number, first-pass score and day number (newest-first order).</summary>
internal readonly record struct RankedMatch(int Doc, float Score, int Day);

/// <summary>
/// Everything a page needs from one slice's matches, in one pass over them: applies the chosen facet filters,
/// counts every dimension over the documents that pass the *other* dimensions' filters (drill-sideways, so choosing
/// "Tin bài" still shows how many results each other type has), and keeps the best <c>top</c> of those that pass.
/// A first pass and a replay of kept matches hand it the same (document, score) pairs, so both give the same
/// totals, facets and ranking. Plain arrays and no collector chain: a search matching most of 100,000 documents
/// spends a few nanoseconds per match here.
/// </summary>
internal sealed class MatchTally
{
    private const int NoFilter = -2;

    private readonly int docBase;
    private readonly bool newest;
    private readonly int top;
    private readonly AtomicReader reader;
    private readonly SegmentColumns columns;
    private readonly int[] wanted = new int[FacetNames.All.Length];
    private readonly int[][] perOrdinal = new int[FacetNames.All.Length][];
    private readonly IComparer<RankedMatch> worstFirst;
    private readonly PriorityQueue<RankedMatch, RankedMatch> best;

    public MatchTally(AtomicReaderContext leaf, IReadOnlyDictionary<string, string> filters, SearchSort sort, int top)
    {
        reader = leaf.AtomicReader;
        docBase = leaf.DocBase;
        newest = sort == SearchSort.Newest;
        this.top = top;
        columns = SegmentColumns.Of(reader);
        worstFirst = WorstFirst(sort);
        best = new PriorityQueue<RankedMatch, RankedMatch>(Math.Min(top, 1024), worstFirst);
        for (var d = 0; d < FacetNames.All.Length; d++)
        {
            var dim = FacetNames.All[d];
            var values = DocValues(d);
            perOrdinal[d] = new int[values switch
            {
                SortedDocValues s => s.ValueCount,
                SortedSetDocValues s => (int)s.ValueCount,
                _ => 0,
            }];
            // LookupTerm answers a value the segment lacks with -(insertion point) - 1, which is -2 when it would sort
            // second ("article" in a segment of agencies): every miss becomes -1, or it would read as no filter.
            wanted[d] = !filters.TryGetValue(dim, out var value) ? NoFilter
                : (int)Math.Max(-1, values switch
                {
                    SortedDocValues s => s.LookupTerm(new BytesRef(value)),
                    SortedSetDocValues s => s.LookupTerm(new BytesRef(value)),
                    _ => -1,
                });
        }
    }

    /// <summary>Matches that passed every filter.</summary>
    public int Total { get; private set; }

    /// <summary>One match, by its number in the segment; matches come in increasing document order.</summary>
    public void Add(int doc, float score)
    {
        // Which filters this document fails; a document failing two counts nowhere.
        var failed = 0;
        var failedDim = -1;
        for (var d = 0; d < wanted.Length && failed < 2; d++)
        {
            if (wanted[d] != NoFilter && !Has(d, doc, wanted[d]))
            {
                failed++;
                failedDim = d;
            }
        }
        if (failed >= 2)
        {
            return;
        }
        for (var d = 0; d < wanted.Length; d++)
        {
            if (failed == 0 || failedDim == d)
            {
                Count(d, doc);
            }
        }
        if (failed > 0)
        {
            return;
        }
        Total++;
        var match = new RankedMatch(docBase + doc, score, newest ? columns.Days[doc] : 0);
        if (best.Count < top)
        {
            best.Enqueue(match, match);
        }
        else if (top > 0 && worstFirst.Compare(match, best.Peek()) > 0)
        {
            best.DequeueEnqueue(match, match);
        }
    }

    /// <summary>The tallies of a search's slices (disjoint documents) as one: total, the best <paramref name="top"/> in order, facet counts by value.</summary>
    public static (int Total, ScoreDoc[] Docs, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts) Merge(
        IReadOnlyList<MatchTally> tallies, SearchSort sort, int top)
    {
        var ranked = tallies.SelectMany(t => t.best.UnorderedItems.Select(i => i.Element)).ToList();
        var worst = WorstFirst(sort);
        ranked.Sort((a, b) => worst.Compare(b, a));
        var counts = FacetNames.All.ToDictionary(d => d, _ => new Dictionary<string, int>());
        foreach (var tally in tallies)
        {
            tally.AddCounts(counts);
        }
        return (tallies.Sum(t => t.Total), ranked.Take(top).Select(m => new ScoreDoc(m.Doc, m.Score)).ToArray(),
            counts.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, int>)c.Value));
    }

    // Doc values instances are kept per thread by the segment and keep reading state: a tally filled on one thread
    // is merged on another, so each use asks for the current thread's own.
    private object? DocValues(int d)
    {
        var field = FacetNames.Field(FacetNames.All[d]);
        return FacetNames.All[d] == FacetNames.Theme ? reader.GetSortedSetDocValues(field) : reader.GetSortedDocValues(field);
    }

    private bool Has(int d, int doc, int ord)
    {
        if (ord < 0)
        {
            return false;
        }
        if (columns.Single[d] is { } single)
        {
            return single[doc] == ord;
        }
        if (columns.Multi[d] is (var starts, var docOrds))
        {
            return docOrds.AsSpan(starts[doc], starts[doc + 1] - starts[doc]).Contains(ord);
        }
        return false;
    }

    private void Count(int d, int doc)
    {
        if (columns.Single[d] is { } single)
        {
            if (single[doc] is var ord and >= 0)
            {
                perOrdinal[d][ord]++;
            }
        }
        else if (columns.Multi[d] is (var starts, var docOrds))
        {
            foreach (var o in docOrds.AsSpan(starts[doc], starts[doc + 1] - starts[doc]))
            {
                perOrdinal[d][o]++;
            }
        }
    }

    // Ordinals become values once, when the slice is done.
    private void AddCounts(Dictionary<string, Dictionary<string, int>> counts)
    {
        var term = new BytesRef();
        for (var d = 0; d < FacetNames.All.Length; d++)
        {
            var byValue = counts[FacetNames.All[d]];
            var values = DocValues(d);
            for (var ord = 0; ord < perOrdinal[d].Length; ord++)
            {
                if (perOrdinal[d][ord] == 0)
                {
                    continue;
                }
                switch (values)
                {
                    case SortedDocValues s:
                        s.LookupOrd(ord, term);
                        break;
                    case SortedSetDocValues s:
                        s.LookupOrd(ord, term);
                        break;
                }
                var key = term.Utf8ToString();
                byValue[key] = byValue.GetValueOrDefault(key) + perOrdinal[d][ord];
            }
        }
    }

    // Worst first, as the bounded heap wants it. Relevance: lower score, then the later document (Lucene's own collectors
    // rank ties by the earlier document). Newest first: older, then as by relevance.
    private static readonly IComparer<RankedMatch> ByScore =
        Comparer<RankedMatch>.Create((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));

    private static readonly IComparer<RankedMatch> ByDate =
        Comparer<RankedMatch>.Create((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : ByScore.Compare(a, b));

    private static IComparer<RankedMatch> WorstFirst(SearchSort sort) => sort == SearchSort.Newest ? ByDate : ByScore;
}
