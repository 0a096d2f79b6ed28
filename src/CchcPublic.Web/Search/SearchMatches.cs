using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CchcPublic.Web.Search;

/// <summary>
/// Every document one search's first pass matched, slice by slice, with its first-pass score, before any facet
/// filter. Handing them to the collectors again yields exactly the totals, facet counts and rankings a new pass
/// over the index would: the same documents, in the same order, with the same scores, through the same tally. A search matching most of
/// 100,000 documents takes tens of milliseconds; replaying its matches takes a few.
/// </summary>
public sealed class SearchMatches
{
    private readonly IndexReader reader;
    private readonly Slice[] slices;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Weight> rankingWeights = new(StringComparer.Ordinal);

    private SearchMatches(IndexReader reader, Slice[] slices)
    {
        this.reader = reader;
        this.slices = slices;
        Count = slices.Sum(s => (long)s.Scores.Length);
    }

    /// <summary>Matches kept; each costs a bit of its slice's bitmap and its 4-byte score.</summary>
    public long Count { get; }

    /// <summary>
    /// The full query's weight over the reader these matches came from, built once per query (the accented and folded
    /// forms of the same words share the matches, not the full query): every replay re-ranks a window of them.
    /// </summary>
    internal Weight RankingWeight(IndexSearcher searcher, Query ranking) =>
        rankingWeights.GetOrAdd(ranking.ToString(), _ => searcher.CreateNormalizedWeight(ranking));

    /// <summary>Slices are cut from one reader's segments: matches replay only on that reader.</summary>
    public bool ReadFrom(IndexReader current) => ReferenceEquals(reader, current);

    /// <summary>What the slices recorded, or null when they hold fewer than <paramref name="minimum"/> matches.</summary>
    internal static SearchMatches? Of(IndexReader reader, IReadOnlyList<(int Start, int End)> ranges, Recorder[] recorded, int minimum)
    {
        try
        {
            if (recorded.Any(r => r is null) || recorded.Sum(r => (long)r.Length) < minimum)
            {
                return null;
            }
            return new SearchMatches(reader, ranges.Select((range, i) => Slice.Of(range.Start, range.End, recorded[i])).ToArray());
        }
        finally
        {
            foreach (var r in recorded)
            {
                r?.Release();
            }
        }
    }

    /// <summary>Hands one slice's kept matches, with their scores, to a tally, in document order.</summary>
    internal void Replay(int slice, MatchTally tally)
    {
        var (start, bits, sliceScores) = slices[slice];
        var next = 0;
        for (var word = 0; word < bits.Length; word++)
        {
            for (var set = bits[word]; set != 0; set &= set - 1)
            {
                tally.Add(start + (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(set), sliceScores[next++]);
            }
        }
    }

    /// <summary>One slice's matches: a bit per document of the slice, and the scores of the set bits in order.</summary>
    private sealed record Slice(int Start, ulong[] Bits, float[] Scores)
    {
        public static Slice Of(int start, int end, Recorder recorded)
        {
            var bits = new ulong[(end - start + 63) >> 6];
            foreach (var doc in recorded.Docs)
            {
                bits[(doc - start) >> 6] |= 1UL << ((doc - start) & 63);
            }
            return new Slice(start, bits, recorded.Scores.ToArray());
        }
    }

    /// <summary>A slice's matches as a scorer finds them, each with its score (computed once), in pooled arrays.</summary>
    internal sealed class Recorder
    {
        private int[] docs = ArrayPool<int>.Shared.Rent(1024);
        private float[] scores = ArrayPool<float>.Shared.Rent(1024);

        /// <summary>Documents recorded, in the increasing order a scorer hands them out.</summary>
        public int Length { get; private set; }

        public void Add(int doc, float score)
        {
            if (Length == docs.Length)
            {
                docs = Grow(docs);
                scores = Grow(scores);
            }
            docs[Length] = doc;
            scores[Length] = score;
            Length++;
        }

        public ReadOnlySpan<int> Docs => docs.AsSpan(0, Length);

        public ReadOnlySpan<float> Scores => scores.AsSpan(0, Length);

        /// <summary>Hands the recorded matches to a tally, in document order.</summary>
        public void Replay(MatchTally tally)
        {
            for (var i = 0; i < Length; i++)
            {
                tally.Add(docs[i], scores[i]);
            }
        }

        public void Release()
        {
            ArrayPool<int>.Shared.Return(docs);
            ArrayPool<float>.Shared.Return(scores);
            docs = [];
            scores = [];
        }

        private static TItem[] Grow<TItem>(TItem[] items)
        {
            var larger = ArrayPool<TItem>.Shared.Rent(items.Length * 2);
            items.CopyTo(larger, 0);
            ArrayPool<TItem>.Shared.Return(items);
            return larger;
        }
    }
}
