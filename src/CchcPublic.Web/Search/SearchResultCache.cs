namespace CchcPublic.Web.Search;

/// <summary>
/// Values computed from one index generation, kept while that index is current. The first use after a commit is
/// shown to readers empties the cache, so a withdrawn item leaves results as soon as it leaves the index, and a
/// value computed from an index since replaced is never stored. Least recently used goes first once the kept
/// values weigh more than the capacity.
/// </summary>
public class GenerationCache<T>(long capacity, Func<T, long> weight) where T : class
{
    private readonly object gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, T Value, long Weight)>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, T Value, long Weight)> recency = new();
    private long generation = -1;
    private long weighed;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public T? Get(long indexGeneration, string key)
    {
        lock (gate)
        {
            Adopt(indexGeneration);
            if (indexGeneration != generation || !entries.TryGetValue(key, out var node))
            {
                return null;
            }
            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.Value;
        }
    }

    /// <summary>Keeps a value read at <paramref name="indexGeneration"/>; values of an index since replaced are dropped.</summary>
    public void Put(long indexGeneration, string key, T value)
    {
        var size = weight(value);
        lock (gate)
        {
            Adopt(indexGeneration);
            if (indexGeneration != generation || entries.ContainsKey(key) || size > capacity)
            {
                return;
            }
            entries[key] = recency.AddFirst((key, value, size));
            weighed += size;
            while (weighed > capacity)
            {
                var last = recency.Last!.Value;
                entries.Remove(last.Key);
                recency.RemoveLast();
                weighed -= last.Weight;
            }
        }
    }

    private void Adopt(long indexGeneration)
    {
        if (indexGeneration > generation)
        {
            entries.Clear();
            recency.Clear();
            weighed = 0;
            generation = indexGeneration;
        }
    }
}

/// <summary>
/// The results of recent searches. What people look for repeats ("khai sinh", "đất đai", this month's index
/// results), and a search that matches most of a large index costs tens of milliseconds of both cores. Only
/// public results are kept, never anything about who searched.
/// </summary>
public sealed class SearchResultCache(int capacity = SearchResultCache.DefaultCapacity) : GenerationCache<SearchResults>(capacity, _ => 1)
{
    /// <summary>About 15 KB a page of results with its facets: 500 of them stay under 10 MB.</summary>
    public const int DefaultCapacity = 500;
}

/// <summary>
/// A search's ranking before snippets: its total, the best documents (at least <see cref="SearchService.RescoreWindow"/>
/// of them, in order) and facet counts, read from one reader. Every page it holds is cut from it, so the next page
/// of a search costs only its snippets, and pages never disagree.
/// </summary>
public sealed record SearchRanking(
    Lucene.Net.Index.IndexReader Reader, int Total, Lucene.Net.Search.ScoreDoc[] Docs,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts, bool Approximate)
{
    /// <summary>Whether this ranking, read from <paramref name="current"/>, holds the first <paramref name="top"/> results.</summary>
    public bool Serves(Lucene.Net.Index.IndexReader current, int top) =>
        ReferenceEquals(Reader, current) && (Docs.Length >= top || Docs.Length == Total);
}

/// <summary>Rankings of recent searches (<see cref="SearchRanking"/>), about 5 KB each with their facet counts.</summary>
public sealed class SearchRankingCache(int capacity = SearchResultCache.DefaultCapacity) : GenerationCache<SearchRanking>(capacity, _ => 1);

/// <summary>
/// The matches of recent large searches with their first-pass scores (<see cref="SearchMatches"/>): the same words
/// with another filter, order or page replay them instead of searching the index again, which is how people use
/// facets. Weighed by matches kept, about 4 bytes each.
/// </summary>
public sealed class SearchMatchCache(long capacity = SearchMatchCache.DefaultCapacity, int minimumKept = SearchMatchCache.DefaultMinimumKept)
    : GenerationCache<SearchMatches>(capacity, m => m.Count)
{
    /// <summary>Three million matches, 12 MB: some forty searches that each match most of 100,000 documents.</summary>
    public const long DefaultCapacity = 3_000_000;

    /// <summary>Fewer matches than this are found again in a millisecond or two: not worth keeping.</summary>
    public const int DefaultMinimumKept = 2_000;

    public int MinimumKept => minimumKept;
}
