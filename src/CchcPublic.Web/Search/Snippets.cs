using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CchcPublic.Web.Search;

/// <summary>
/// Highlighted snippets drawn from the stored original text, diacritics intact. The text is re-analysed with
/// the folded analyzer, whose offsets point into the original, so "thu tuc" marks "thủ tục" where it stands.
/// Bigrams are left out here: overlapping tokens would merge a whole sentence into one mark.
/// Output is HTML: the text is encoded and only &lt;mark&gt; is added.
/// Words are marked one syllable at a time; where a text has marked syllables side by side, a syllable marked on its
/// own is a piece of some other word ("Chính" of "Chính phủ" for "hành chính") and loses its mark. Acronyms and
/// numbers (PAPI, 2023) keep theirs.
/// </summary>
public sealed partial class Snippets(Query query)
{
    private static readonly Analyzer analyzer = new VietnameseAnalyzer(folded: true, Grams.Syllables);
    private const int FragmentSize = 180;
    private readonly Highlighter body = Create(query, SearchFields.BodyFolded);
    private readonly Highlighter title = Create(query, SearchFields.TitleFolded);

    public string Title(string text) => Best(title, SearchFields.TitleFolded, text, 1) ?? new MinimalHtmlEncoder().EncodeText(text);

    public string Snippet(string summary, string text)
    {
        var fromSummary = summary.Length > 0 ? Best(body, SearchFields.BodyFolded, summary, 1) : null;
        if (fromSummary is not null)
        {
            return fromSummary;
        }
        return Best(body, SearchFields.BodyFolded, text, 2)
            ?? new MinimalHtmlEncoder().EncodeText(summary.Length > 0 ? summary : Cut(text));
    }

    private string? Best(Highlighter highlighter, string field, string text, int fragments)
    {
        if (text.Length == 0)
        {
            return null;
        }
        using var tokens = analyzer.GetTokenStream(field, text);
        var best = highlighter.GetBestFragments(tokens, text, fragments, " … ");
        return string.IsNullOrWhiteSpace(best) ? null : WithoutLoneSyllables(best);
    }

    private static string WithoutLoneSyllables(string html)
    {
        var marks = MarkPattern().Matches(html);
        if (marks.Count < 2)
        {
            return html;
        }
        var paired = new bool[marks.Count];
        for (var i = 0; i + 1 < marks.Count; i++)
        {
            var end = marks[i].Index + marks[i].Length;
            if (html.AsSpan(end, marks[i + 1].Index - end).IsWhiteSpace())
            {
                paired[i] = paired[i + 1] = true;
            }
        }
        if (!paired.Contains(true))
        {
            return html;
        }
        var result = new StringBuilder(html.Length);
        var last = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var word = marks[i].Groups[1].Value;
            if (paired[i] || word.Any(char.IsDigit) || word.Count(char.IsUpper) >= 2)
            {
                continue;
            }
            result.Append(html, last, marks[i].Index - last).Append(word);
            last = marks[i].Index + marks[i].Length;
        }
        return result.Append(html, last, html.Length - last).ToString();
    }

    [GeneratedRegex("<mark>([^<]*)</mark>", RegexOptions.CultureInvariant)]
    private static partial Regex MarkPattern();

    private static Highlighter Create(Query query, string field)
    {
        var scorer = new QueryScorer(query, field) { ExpandMultiTermQuery = false };
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = 10_000,
        };
    }

    private static string Cut(string text)
    {
        if (text.Length <= FragmentSize)
        {
            return text;
        }
        var space = text.LastIndexOf(' ', FragmentSize);
        return text[..(space > 0 ? space : FragmentSize)] + " …";
    }

    /// <summary>Escapes only what HTML needs, so Vietnamese letters stay readable in the JSON API too.</summary>
    private sealed class MinimalHtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => originalText
            .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }
}
