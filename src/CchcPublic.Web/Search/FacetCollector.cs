using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CchcPublic.Web.Search;

/// <summary>The facet dimensions, in the order pages show them.</summary>
public static class FacetNames
{
    public const string Type = "type";
    public const string Theme = "theme";
    public const string Agency = "agency";
    public const string Year = "year";

    public static readonly string[] All = [Type, Theme, Agency, Year];

    public static string Field(string dimension) => dimension switch
    {
        Type => SearchFields.Type,
        Theme => SearchFields.Theme,
        Agency => SearchFields.Agency,
        _ => SearchFields.Year,
    };
}

/// <summary>
/// One pass over the matches: applies the chosen facet filters, hands the documents that pass to the
/// ranking collector, and counts every dimension over the documents that pass the *other* dimensions'
/// filters (drill-sideways), so choosing "Tin bài" still shows how many results each other type has.
/// Ordinals come from per-segment arrays (<see cref="FacetOrdinals"/>); doc values are read only to turn the
/// counted ordinals into values, once per segment.
/// </summary>
internal sealed class FacetCollector(ICollector ranking, IReadOnlyDictionary<string, string> filters) : ICollector
{
    private readonly string[] dims = FacetNames.All;
    private readonly Dictionary<string, int>[] counts = FacetNames.All.Select(_ => new Dictionary<string, int>()).ToArray();
    private readonly object?[] values = new object?[FacetNames.All.Length];
    private readonly long[] wanted = new long[FacetNames.All.Length];
    private readonly long[][] segmentCounts = new long[FacetNames.All.Length][];
    private FacetOrdinals ordinals = null!;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => ranking.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => ranking.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        ordinals = FacetOrdinals.Of(reader);
        for (var d = 0; d < dims.Length; d++)
        {
            var field = FacetNames.Field(dims[d]);
            values[d] = dims[d] == FacetNames.Theme ? reader.GetSortedSetDocValues(field) : reader.GetSortedDocValues(field);
            var count = values[d] switch
            {
                SortedDocValues s => s.ValueCount,
                SortedSetDocValues s => (int)s.ValueCount,
                _ => 0,
            };
            segmentCounts[d] = new long[count];
            // LookupTerm answers a value the segment lacks with -(insertion point) - 1, which is -2 when it would
            // sort second ("article" in a segment of agencies): every miss becomes -1, or it would read as no filter.
            wanted[d] = !filters.TryGetValue(dims[d], out var value) ? -2
                : Math.Max(-1, values[d] switch
                {
                    SortedDocValues s => s.LookupTerm(new BytesRef(value)),
                    SortedSetDocValues s => s.LookupTerm(new BytesRef(value)),
                    _ => -1,
                });
        }
        ranking.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        // Which filters this document passes; -2 means the dimension has no filter.
        var failed = 0;
        var failedDim = -1;
        for (var d = 0; d < dims.Length && failed < 2; d++)
        {
            if (wanted[d] != -2 && !Has(d, doc, wanted[d]))
            {
                failed++;
                failedDim = d;
            }
        }
        if (failed >= 2)
        {
            return;
        }
        for (var d = 0; d < dims.Length; d++)
        {
            if (failed == 0 || failedDim == d)
            {
                Count(d, doc);
            }
        }
        if (failed == 0)
        {
            Total++;
            ranking.Collect(doc);
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts()
    {
        Flush();
        return dims.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => (IReadOnlyDictionary<string, int>)counts[x.i]);
    }

    /// <summary>The counts of several collectors over disjoint documents, added up.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Sum(IEnumerable<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> parts)
    {
        var sum = FacetNames.All.ToDictionary(d => d, _ => new Dictionary<string, int>());
        foreach (var part in parts)
        {
            foreach (var (dim, values) in part)
            {
                foreach (var (value, count) in values)
                {
                    sum[dim][value] = sum[dim].GetValueOrDefault(value) + count;
                }
            }
        }
        return sum.ToDictionary(d => d.Key, d => (IReadOnlyDictionary<string, int>)d.Value);
    }

    private bool Has(int d, int doc, long ord)
    {
        if (ord < 0)
        {
            return false;
        }
        if (ordinals.Single[d] is { } single)
        {
            return single[doc] == ord;
        }
        if (ordinals.Multi[d] is (var starts, var docOrds))
        {
            return docOrds.AsSpan(starts[doc], starts[doc + 1] - starts[doc]).Contains((int)ord);
        }
        return false;
    }

    private void Count(int d, int doc)
    {
        if (ordinals.Single[d] is { } single)
        {
            if (single[doc] is var ord and >= 0)
            {
                segmentCounts[d][ord]++;
            }
        }
        else if (ordinals.Multi[d] is (var starts, var docOrds))
        {
            foreach (var o in docOrds.AsSpan(starts[doc], starts[doc + 1] - starts[doc]))
            {
                segmentCounts[d][o]++;
            }
        }
    }

    // Per-segment ordinals become values once, when the segment is done.
    private void Flush()
    {
        for (var d = 0; d < dims.Length; d++)
        {
            if (segmentCounts[d] is not { } perOrd)
            {
                continue;
            }
            var term = new BytesRef();
            for (var ord = 0; ord < perOrd.Length; ord++)
            {
                if (perOrd[ord] == 0)
                {
                    continue;
                }
                switch (values[d])
                {
                    case SortedDocValues s:
                        s.LookupOrd(ord, term);
                        break;
                    case SortedSetDocValues s:
                        s.LookupOrd(ord, term);
                        break;
                }
                var key = term.Utf8ToString();
                counts[d][key] = counts[d].GetValueOrDefault(key) + (int)perOrd[ord];
            }
            segmentCounts[d] = null!;
        }
    }
}
