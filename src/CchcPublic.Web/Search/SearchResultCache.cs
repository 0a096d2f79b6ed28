namespace CchcPublic.Web.Search;

/// <summary>
/// The results of recent searches, for as long as the index they were read from is current. What people look
/// for repeats ("khai sinh", "đất đai", this month's index results), and a search that matches most of a large
/// index costs tens of milliseconds of both cores. Entries belong to one index generation: the first search
/// after a commit is shown to readers empties the cache, so a withdrawn item leaves results as soon as it leaves
/// the index. Only public results are kept, never anything about who searched. Least recently used goes first.
/// </summary>
public sealed class SearchResultCache(int capacity = SearchResultCache.DefaultCapacity)
{
    /// <summary>About 15 KB a page of results with its facets: 500 of them stay under 10 MB.</summary>
    public const int DefaultCapacity = 500;

    private readonly object gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, SearchResults Results)>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, SearchResults Results)> recency = new();
    private long generation = -1;

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

    public SearchResults? Get(long indexGeneration, string key)
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
            return node.Value.Results;
        }
    }

    /// <summary>Keeps results read at <paramref name="indexGeneration"/>; results of an index since replaced are dropped.</summary>
    public void Put(long indexGeneration, string key, SearchResults results)
    {
        lock (gate)
        {
            Adopt(indexGeneration);
            if (indexGeneration != generation || entries.ContainsKey(key))
            {
                return;
            }
            entries[key] = recency.AddFirst((key, results));
            if (entries.Count > capacity)
            {
                entries.Remove(recency.Last!.Value.Key);
                recency.RemoveLast();
            }
        }
    }

    private void Adopt(long indexGeneration)
    {
        if (indexGeneration > generation)
        {
            entries.Clear();
            recency.Clear();
            generation = indexGeneration;
        }
    }
}
