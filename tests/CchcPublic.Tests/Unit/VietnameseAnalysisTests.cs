using System.Text;
using CchcPublic.Web.Search;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class VietnameseAnalysisTests
{
    private static List<string> Exact(string text) => VietnameseAnalyzer.Terms(new VietnameseAnalyzer(folded: false), "f", text);
    private static List<string> Folded(string text) => VietnameseAnalyzer.Terms(new VietnameseAnalyzer(folded: true), "f", text);

    private static List<string> WithBigrams(string text, bool folded)
    {
        using var analyzer = new VietnameseAnalyzer(folded);
        return TermsOf(analyzer, text);
    }

    [Fact]
    public void Folding_removes_every_diacritic_and_turns_đ_into_d()
    {
        Assert.Equal(["cai", "cach", "hanh", "chinh", "dang", "ky", "khai", "tu"], Folded("Cải cách hành chính: Đăng ký khai tử"));
        Assert.Equal(["quang", "ngai", "duong", "day", "nong"], Folded("QUẢNG NGÃI – ĐƯỜNG DÂY NÓNG"));
        Assert.Equal("nghi dinh so 63/2024/nd-cp", VietnameseText.Fold("Nghị định số 63/2024/NĐ-CP"));
    }

    [Fact]
    public void Exact_terms_keep_diacritics_in_lower_case()
    {
        Assert.Equal(["bản", "tin", "bàn", "tín"], Exact("Bản tin BÀN TÍN"));
    }

    [Fact]
    public void Decomposed_input_gives_the_same_terms_once_normalised_to_NFC()
    {
        var nfd = "Thủ tục hành chính".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Thủ tục hành chính", nfd);
        Assert.Equal(Exact("Thủ tục hành chính"), Exact(VietnameseText.Exact(nfd)));
        Assert.Equal(["thu", "tuc", "hanh", "chinh"], Folded(UserQuery.Parse(nfd).Text));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("Hoá", "hóa")]
    [InlineData("tuỳ", "tùy")]
    public void Old_and_new_tone_placement_meet(string old, string modern)
    {
        Assert.Equal(Exact(modern), Exact(old));
        Assert.Equal(modern, VietnameseText.Exact(old));
    }

    [Fact]
    public void Tone_marks_inside_a_syllable_or_after_qu_are_left_alone()
    {
        Assert.Equal(["quý", "hoàng", "toán", "huyền"], Exact("quý hoàng toán huyền"));
    }

    [Fact]
    public void Adjacent_syllables_are_indexed_as_bigrams_too()
    {
        var terms = WithBigrams("Cải cách hành chính", folded: false);
        Assert.Contains("cải cách", terms);
        Assert.Contains("hành chính", terms);
        Assert.Contains("cách hành", terms);
        Assert.Contains("khai sinh", WithBigrams("Đăng ký KHAI SINH", folded: true));
    }

    [Fact]
    public void The_bigram_field_holds_each_pair_of_neighbouring_syllables_with_offsets_into_the_original()
    {
        using var analyzer = new VietnameseAnalyzer(folded: true, Grams.Bigrams);
        const string text = "Cải cách THỦ TỤC hành chính, một cửa";
        var pairs = new List<string>();
        using (var stream = analyzer.GetTokenStream("f", text))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                pairs.Add($"{term}|{text[offset.StartOffset..offset.EndOffset]}");
            }
            stream.End();
        }
        Assert.Equal(["cai cach|Cải cách", "cach thu|cách THỦ", "thu tuc|THỦ TỤC", "tuc hanh|TỤC hành", "hanh chinh|hành chính",
            "chinh mot|chính, một", "mot cua|một cửa"], pairs);
        // The filter starts afresh for the next text: no pair joins the end of one text to the start of the next.
        Assert.Equal(["khai sinh"], TermsOf(analyzer, "khai sinh"));
        Assert.Empty(TermsOf(analyzer, "một"));
    }

    private static List<string> TermsOf(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    [Fact]
    public void Document_numbers_are_found_in_text_and_kept_whole()
    {
        var codes = SearchFields.CodesIn("Theo Quyết định số 1256/QĐ-UBND và Nghị định 63/2024/NĐ-CP, Nghị quyết 04/NQ-CP.").ToList();
        Assert.Equal(["1256/QĐ-UBND", "63/2024/NĐ-CP", "04/NQ-CP"], codes);
        Assert.Equal("1256/qd-ubnd", SearchFields.NormalizeCode("1256/QĐ-UBND"));
        Assert.True(SearchFields.LooksLikeCode("63/2024/NĐ-CP"));
        Assert.True(SearchFields.LooksLikeCode("1.001193"));
        Assert.False(SearchFields.LooksLikeCode("khai-sinh"));
    }

    [Fact]
    public void A_query_reads_words_phrases_and_exclusions_and_survives_anything_typed()
    {
        var query = UserQuery.Parse("  khai sinh \"hành chính\" -\"khai tử\" -PAPI ");
        Assert.Equal(
            [new QueryPart("khai", false, false), new QueryPart("sinh", false, false), new QueryPart("hành chính", true, false),
             new QueryPart("khai tử", true, true), new QueryPart("PAPI", false, true)],
            query.Parts);
        Assert.Equal([new QueryPart("cải cách", true, false)], UserQuery.Parse("\"cải cách").Parts);
        Assert.True(UserQuery.Parse("-").IsEmpty);
        Assert.True(UserQuery.Parse("\"\"\"").IsEmpty);
        Assert.Equal(UserQuery.MaxLength, UserQuery.Parse(new string('a', 500)).Text.Length);
    }
}
