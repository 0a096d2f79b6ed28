using System.Text;
using CchcPublic.Web.Infrastructure.Text;

namespace CchcPublic.Web.Search;

/// <summary>One piece of what someone typed: a word or a quoted phrase, wanted or excluded with a minus.</summary>
public sealed record QueryPart(string Text, bool IsPhrase, bool Excluded);

/// <summary>
/// Reads a search box the way people write in it: words, "phrases in quotes", -word and -"phrase" to exclude.
/// Everything else is plain text; no Lucene syntax is interpreted, so nothing typed can break the query.
/// </summary>
public sealed class UserQuery
{
    public const int MaxLength = 200;
    private const int MaxParts = 24;

    private UserQuery(string text, IReadOnlyList<QueryPart> parts)
    {
        Text = text;
        Parts = parts;
    }

    /// <summary>The query as it will be shown back: NFC, single spaces, at most <see cref="MaxLength"/> characters.</summary>
    public string Text { get; }
    public IReadOnlyList<QueryPart> Parts { get; }

    public bool IsEmpty => !Parts.Any(p => !p.Excluded);
    public bool HasDiacritics => VietnameseText.HasDiacritics(Text);

    public static UserQuery Parse(string? input)
    {
        var text = string.Join(' ', Nfc.Normalize(input ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        text = new string(text.Where(c => !char.IsControl(c)).ToArray());
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength].TrimEnd();
        }
        var parts = new List<QueryPart>();
        var i = 0;
        while (i < text.Length && parts.Count < MaxParts)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }
            var excluded = text[i] == '-' && i + 1 < text.Length && text[i + 1] != ' ';
            if (excluded)
            {
                i++;
            }
            if (text[i] == '"')
            {
                // An unbalanced quote runs to the end of the box, as people mean it.
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                var phrase = text[(i + 1)..end].Trim();
                if (phrase.Any(char.IsLetterOrDigit))
                {
                    parts.Add(new QueryPart(phrase, phrase.Contains(' ', StringComparison.Ordinal), excluded));
                }
                i = close < 0 ? text.Length : close + 1;
                continue;
            }
            var word = new StringBuilder();
            while (i < text.Length && text[i] != ' ' && text[i] != '"')
            {
                word.Append(text[i++]);
            }
            // A lone "-", "+" or "(" says nothing to search for.
            if (word.ToString().Any(char.IsLetterOrDigit))
            {
                parts.Add(new QueryPart(word.ToString(), false, excluded));
            }
        }
        return new UserQuery(text, parts);
    }
}
