using CchcPublic.Web.Search;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class SnippetsTests
{
    private static string Snippet(string query, string text)
    {
        using var analyzer = SearchAnalyzers.Create();
        return new Snippets(SearchQueryBuilder.Highlight(UserQuery.Parse(query), analyzer, relaxed: false)).Snippet("", text);
    }

    [Fact]
    public void A_syllable_of_another_word_loses_its_mark_where_the_query_words_stand_side_by_side()
    {
        var html = Snippet("thu tuc hanh chinh", "Nghị định của Chính phủ về liên thông hai nhóm thủ tục hành chính.");

        Assert.Contains("của Chính phủ", html);
        Assert.Contains("<mark>thủ</mark> <mark>tục</mark> <mark>hành</mark> <mark>chính</mark>", html);
    }

    [Fact]
    public void Acronyms_numbers_and_texts_without_neighbouring_matches_keep_every_mark()
    {
        Assert.Contains("<mark>PAPI</mark>", Snippet("PAPI Quảng Ngãi", "Chỉ số PAPI năm 2023 của tỉnh Quảng Ngãi tăng 5 bậc."));
        Assert.Contains("<mark>2023</mark>", Snippet("khai sinh 2023", "Năm 2023 có thêm nhiều hồ sơ khai sinh trực tuyến."));
        Assert.Equal("Hồ sơ <mark>khai</mark> trực tuyến, cấp giấy <mark>sinh</mark> ra.",
            Snippet("khai sinh", "Hồ sơ khai trực tuyến, cấp giấy sinh ra."));
    }
}
