using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CchcPublic.Web.Search;

/// <summary>Which terms a field holds: syllables, syllable bigrams ("hành chính" as one term), or both.</summary>
public enum Grams
{
    Syllables,
    SyllablesAndBigrams,
    Bigrams,
}

/// <summary>
/// Vietnamese words are written as syllables separated by spaces, so a word like "hành chính" is two tokens.
/// Each text field is indexed twice: exact (lower case, diacritics kept, one tone placement) and folded
/// (no diacritics, đ → d). Syllable bigrams ("hành chính" as one term) make multi-syllable words rank as
/// units: titles carry them beside the syllables; bodies keep them in a field of their own, folded and
/// without positions, because bigrams in both body fields took most of the indexing time.
/// Input must already be NFC: folding Vietnamese needs precomposed letters.
/// </summary>
public sealed class VietnameseAnalyzer(bool folded, Grams grams = Grams.SyllablesAndBigrams) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Positions between two values of one field (a title and its body): no phrase spans them.</summary>
    public const int ValueGap = 100;

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 60 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = folded ? new ASCIIFoldingFilter(stream) : new ToneMarkFilter(stream);
        if (grams == Grams.SyllablesAndBigrams)
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(true);
            stream = shingles;
        }
        else if (grams == Grams.Bigrams)
        {
            stream = new BigramFilter(stream);
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

    /// <summary>
    /// Each syllable joined to the one before it: "cải cách hành" gives "cải cách", "cách hành". A lighter
    /// ShingleFilter for fields that hold bigrams only: one term out per term in, no captured states.
    /// </summary>
    private sealed class BigramFilter : TokenFilter
    {
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private char[] previous = new char[32];
        private char[] current = new char[32];
        private int previousLength = -1;
        private int previousStart;

        public BigramFilter(TokenStream input) : base(input)
        {
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            while (m_input.IncrementToken())
            {
                var length = term.Length;
                var start = offset.StartOffset;
                if (current.Length < length)
                {
                    current = new char[length * 2];
                }
                Array.Copy(term.Buffer, current, length);
                var joined = previousLength >= 0;
                if (joined)
                {
                    var buffer = term.ResizeBuffer(previousLength + 1 + length);
                    Array.Copy(previous, buffer, previousLength);
                    buffer[previousLength] = ' ';
                    Array.Copy(current, 0, buffer, previousLength + 1, length);
                    term.Length = previousLength + 1 + length;
                    offset.SetOffset(previousStart, offset.EndOffset);
                }
                (previous, current) = (current, previous);
                previousLength = length;
                previousStart = start;
                if (joined)
                {
                    return true;
                }
            }
            return false;
        }

        public override void Reset()
        {
            base.Reset();
            previousLength = -1;
        }
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
        [SearchFields.BodyExact] = new VietnameseAnalyzer(folded: false, Grams.Syllables),
        [SearchFields.TitleFolded] = new VietnameseAnalyzer(folded: true),
        [SearchFields.BodyFolded] = new VietnameseAnalyzer(folded: true, Grams.Syllables),
        [SearchFields.BodyBigrams] = new VietnameseAnalyzer(folded: true, Grams.Bigrams),
        [SearchFields.Suggest] = new VietnameseAnalyzer(folded: true, Grams.Syllables),
    });
}
