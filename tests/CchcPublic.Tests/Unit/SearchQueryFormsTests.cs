using CchcPublic.Web.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Xunit;

namespace CchcPublic.Tests.Unit;

/// <summary>The cheap recall form and the full ranking form of a query over one small index.</summary>
public sealed class SearchQueryFormsTests : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Lucene.Net.Analysis.Analyzer analyzer = SearchAnalyzers.Create();

    public SearchQueryFormsTests()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, analyzer)))
        {
            Add(writer, "title-only", "Đăng ký khai sinh", "Hồ sơ gồm tờ khai theo mẫu.");
            Add(writer, "body-only", "Tin tức", "Người dân đăng ký khai sinh trực tuyến.");
            // "khai" ends the title and "sinh" begins the body: not the phrase "khai sinh".
            Add(writer, "across", "Hướng dẫn kê khai", "sinh hoạt cộng đồng ở thôn.");
            Add(writer, "other", "Thông báo", "Lịch tiếp công dân tháng 12.");
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    private static void Add(IndexWriter writer, string key, string title, string body) =>
        writer.AddDocument(SearchFields.ToLucene(new SearchDocument { Key = key, Type = "article", Title = title, Url = "/tin-tuc/" + key, Body = body }));

    private List<string> Keys(string text, bool recall)
    {
        var query = SearchQueryBuilder.Build(UserQuery.Parse(text), analyzer, relaxed: false, recall)!;
        return searcher.Search(query, 10).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Key)).Order().ToList();
    }

    [Theory]
    [InlineData("đăng ký", new[] { "body-only", "title-only" })]
    [InlineData("dang ky khai sinh", new[] { "body-only", "title-only" })]
    [InlineData("khai", new[] { "across", "body-only", "title-only" })]
    [InlineData("kê khai sinh hoạt", new[] { "across" })]
    [InlineData("\"khai sinh\"", new[] { "body-only", "title-only" })]
    [InlineData("khai -sinh", new string[] { })]
    [InlineData("khai -\"khai sinh\"", new[] { "across" })]
    [InlineData("thông báo -khai", new[] { "other" })]
    public void Both_forms_match_the_same_items_whether_the_words_are_in_the_title_or_the_body(string text, string[] expected)
    {
        Assert.Equal(expected, Keys(text, recall: false));
        Assert.Equal(expected, Keys(text, recall: true));
    }

    [Fact]
    public void A_word_in_the_title_ranks_the_item_above_one_that_has_it_only_in_the_body()
    {
        foreach (var recall in new[] { false, true })
        {
            var query = SearchQueryBuilder.Build(UserQuery.Parse("đăng ký khai sinh"), analyzer, relaxed: false, recall)!;
            var top = searcher.Search(query, 10).ScoreDocs;
            Assert.Equal("title-only", searcher.Doc(top[0].Doc).Get(SearchFields.Key));
            Assert.True(top[0].Score > top[1].Score, $"recall {recall}: {top[0].Score} vs {top[1].Score}");
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
