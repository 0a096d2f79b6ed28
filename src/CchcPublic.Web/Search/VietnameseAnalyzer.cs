using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CchcPublic.Web.Search;

/// <summary>
/// Vietnamese words are written as syllables separated by spaces, so a word like "hành chính" is two tokens.
/// Each text field is indexed twice: exact (lower case, diacritics kept, one tone placement) and folded
/// (no diacritics, đ → d). Both also carry syllable bigrams ("hành chính" as one term) so multi-syllable
/// words rank as units. Input must already be NFC: folding Vietnamese needs precomposed letters.
/// </summary>
public sealed class VietnameseAnalyzer(bool folded, bool bigrams = true) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 60 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = folded ? new ASCIIFoldingFilter(stream) : new ToneMarkFilter(stream);
        if (bigrams)
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(true);
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The terms a piece of query text becomes, unigrams only (bigrams are built by the query).</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (type.Type != ShingleFilter.DEFAULT_TOKEN_TYPE)
            {
                terms.Add(term.ToString());
            }
        }
        stream.End();
        return terms;
    }

    private sealed class ToneMarkFilter(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }
            VietnameseText.MoveToneMarks(term.Buffer, 0, term.Length);
            return true;
        }
    }
}

/// <summary>The analyzer of every field of the index, by field name.</summary>
public static class SearchAnalyzers
{
    public static Analyzer Create() => new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(folded: true), new Dictionary<string, Analyzer>
    {
        [SearchFields.TitleExact] = new VietnameseAnalyzer(folded: false),
        [SearchFields.BodyExact] = new VietnameseAnalyzer(folded: false),
        [SearchFields.TitleFolded] = new VietnameseAnalyzer(folded: true),
        [SearchFields.BodyFolded] = new VietnameseAnalyzer(folded: true),
        [SearchFields.Suggest] = new VietnameseAnalyzer(folded: true, bigrams: false),
    });
}
