using CchcPublic.Web.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class MatchTallyTests
{
    [Fact]
    public void A_filter_value_a_segment_lacks_excludes_all_of_that_segment_wherever_the_value_would_sort()
    {
        // One segment of agencies, then one holding an article: "article" sorts second among the agencies' types.
        using var reader = Segments(["agency", "agency"], ["article", "procedure"]);
        Assert.Equal(2, reader.Leaves.Count);

        var (total, docs, counts) = TallyAll(reader, new Dictionary<string, string> { [FacetNames.Type] = "article" }, SearchSort.Relevance, 10);

        Assert.Equal(1, total);
        Assert.Equal("article", new IndexSearcher(reader).Doc(docs.Single().Doc).Get(SearchFields.Type));
        Assert.Equal(2, counts[FacetNames.Type]["agency"]);
    }

    [Fact]
    public void Best_matches_come_by_score_then_earlier_document_across_slices()
    {
        using var reader = Segments(["article", "article", "article"], ["article", "article"]);
        float[] scores = [1f, 3f, 2f, 3f, 0.5f];

        var (total, docs, _) = TallyAll(reader, new Dictionary<string, string>(), SearchSort.Relevance, 3, doc => scores[doc]);

        Assert.Equal(5, total);
        Assert.Equal([1, 3, 2], docs.Select(d => d.Doc));
    }

    [Fact]
    public void Newest_first_orders_by_date_then_score()
    {
        using var reader = Segments(["article", "article"], ["article", "article"], dates: [new(2024, 1, 5), new(2025, 3, 1), new(2025, 3, 1), new(2023, 7, 7)]);
        float[] scores = [9f, 1f, 2f, 5f];

        var (_, docs, _) = TallyAll(reader, new Dictionary<string, string>(), SearchSort.Newest, 4, doc => scores[doc]);

        Assert.Equal([2, 1, 0, 3], docs.Select(d => d.Doc));
    }

    private static (int Total, ScoreDoc[] Docs, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts) TallyAll(
        IndexReader reader, Dictionary<string, string> filters, SearchSort sort, int top, Func<int, float>? score = null)
    {
        var tallies = reader.Leaves.Select(leaf =>
        {
            var tally = new MatchTally(leaf, filters, sort, top);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                tally.Add(doc, score?.Invoke(leaf.DocBase + doc) ?? 1f);
            }
            return tally;
        }).ToList();
        return MatchTally.Merge(tallies, sort, top);
    }

    private static DirectoryReader Segments(string[] first, string[] second, DateOnly[]? dates = null)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, SearchAnalyzers.Create())))
        {
            var n = 0;
            foreach (var batch in new[] { first, second })
            {
                foreach (var type in batch)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField(SearchFields.Type, type, Field.Store.YES),
                        new SortedDocValuesField(SearchFields.Type, new BytesRef(type)),
                        new NumericDocValuesField(SearchFields.Date, dates?[n].DayNumber ?? 0),
                    });
                    n++;
                }
                writer.Commit();
            }
        }
        return DirectoryReader.Open(directory);
    }
}
