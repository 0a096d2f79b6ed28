using CchcPublic.Web.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class FacetCollectorTests
{
    [Fact]
    public void A_filter_value_a_segment_lacks_excludes_all_of_that_segment_wherever_the_value_would_sort()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, SearchAnalyzers.Create())))
        {
            // One segment of agencies, then one holding an article: "article" sorts second among the agencies' types.
            foreach (var batch in new[] { new[] { "agency", "agency" }, new[] { "article", "procedure" } })
            {
                foreach (var type in batch)
                {
                    writer.AddDocument(new Document { new StringField(SearchFields.Type, type, Field.Store.YES), new SortedDocValuesField(SearchFields.Type, new BytesRef(type)) });
                }
                writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        var ranking = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
        var facets = new FacetCollector(ranking, new Dictionary<string, string> { [FacetNames.Type] = "article" });

        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), facets);

        Assert.Equal(1, facets.Total);
        var searcher = new IndexSearcher(reader);
        Assert.Equal("article", searcher.Doc(ranking.GetTopDocs().ScoreDocs.Single().Doc).Get(SearchFields.Type));
        Assert.Equal(2, facets.Counts()[FacetNames.Type]["agency"]);
    }
}
