using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CchcPublic.Web.Search;

/// <summary>
/// The facet ordinals and dates of one segment copied into plain arrays, once per segment for as long as it lives:
/// counting facets and ordering tens of thousands of matches by date then reads an array slot per document instead
/// of decoding doc values. About 4 bytes per document and column (100,000 documents: about 2 MB).
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = [];

    /// <summary>Per single-valued dimension, the document's ordinal or -1.</summary>
    public int[]?[] Single { get; }

    /// <summary>Per multi-valued dimension, the ordinals of document d are Values[Starts[d]..Starts[d + 1]].</summary>
    public (int[] Starts, int[] Values)?[] Multi { get; }

    /// <summary>The document's date as a day number (<see cref="DateOnly.DayNumber"/>), 0 for none.</summary>
    public int[] Days { get; }

    private SegmentColumns(AtomicReader reader)
    {
        var dims = FacetNames.All;
        Single = new int[]?[dims.Length];
        Multi = new (int[], int[])?[dims.Length];
        var maxDoc = reader.MaxDoc;
        for (var d = 0; d < dims.Length; d++)
        {
            var field = FacetNames.Field(dims[d]);
            if (dims[d] == FacetNames.Theme)
            {
                if (reader.GetSortedSetDocValues(field) is not { } set)
                    continue;
                var starts = new int[maxDoc + 1];
                var values = new List<int>();
                for (var doc = 0; doc < maxDoc; doc++)
                {
                    starts[doc] = values.Count;
                    set.SetDocument(doc);
                    for (var ord = set.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = set.NextOrd())
                        values.Add((int)ord);
                }
                starts[maxDoc] = values.Count;
                Multi[d] = (starts, values.ToArray());
            }
            else if (reader.GetSortedDocValues(field) is { } sorted)
            {
                var ords = new int[maxDoc];
                for (var doc = 0; doc < maxDoc; doc++)
                    ords[doc] = sorted.GetOrd(doc);
                Single[d] = ords;
            }
        }
        Days = new int[maxDoc];
        if (reader.GetNumericDocValues(SearchFields.Date) is { } dates)
        {
            for (var doc = 0; doc < maxDoc; doc++)
                Days[doc] = (int)dates.Get(doc);
        }
    }

    // Keyed by the segment's core, which outlives reopened readers: new deletions do not change these values.
    public static SegmentColumns Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));
}
