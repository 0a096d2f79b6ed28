using System.Text;
using CchcPublic.Web.Infrastructure.Text;

namespace CchcPublic.Web.Feedback.Publication;

/// <summary>
/// The sender's own name, phone, email, address and organisation, found wherever they appear: letters
/// compared without case or accents, phones by their digits whatever the spacing.
/// </summary>
internal static class KnownValues
{
    // Folding one character to one keeps every position in the folded text valid in the original.
    private static readonly char[] FoldTable = BuildFoldTable();

    private static readonly string[] AddressStarts = ["thon", "to", "so", "nha", "khu", "khoi", "ap", "xom", "khom", "kiet", "hem", "ngo", "duong", "pho"];

    public static void Find(string text, IEnumerable<string> values, List<DetectedSpan> spans)
    {
        string? folded = null;
        foreach (var raw in values)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            var value = Nfc.Normalize(raw.Trim());
            if (IsPhone(value, out var digits))
            {
                FindPhone(text, digits, spans);
                continue;
            }
            folded ??= Fold(text);
            var words = Words(Fold(value));
            if (words.Count == 0)
            {
                continue;
            }
            var kind = value.Contains('@') ? PersonalDataKind.Email
                : LooksLikeAddress(value, words) ? PersonalDataKind.Address
                : PersonalDataKind.Name;
            // A single short word ("Lan") is everywhere in other words ("lần"); it only counts after ông, bà, chị...
            if (words.Count > 1 || words[0].Length >= 5 || kind == PersonalDataKind.Email)
            {
                FindWords(text, folded, words, kind, afterFormOfAddress: false, spans);
            }
            if (kind == PersonalDataKind.Name && words.Count <= 5 && words.All(w => w.All(char.IsLetter)))
            {
                // Nguyễn Thị Lan Anh is "chị Lan Anh" or "chị Anh".
                for (var skip = words.Count == 1 ? 0 : 1; skip < words.Count; skip++)
                {
                    FindWords(text, folded, words[skip..], kind, afterFormOfAddress: true, spans);
                }
            }
            if (kind == PersonalDataKind.Address && value.IndexOf(',') is > 0 and var comma)
            {
                // The most precise part of "Thôn An Hội, xã Nghĩa Lộ" is often written alone.
                var first = Words(Fold(value[..comma]));
                if (first.Count > 1)
                {
                    FindWords(text, folded, first, kind, afterFormOfAddress: false, spans);
                }
            }
        }
    }

    private static bool IsPhone(string value, out string digits)
    {
        digits = PhoneFormat.Digits(value).TrimStart('+');
        return digits.Length >= 8 && value.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '.' or '-' or '(' or ')');
    }

    private static bool LooksLikeAddress(string value, List<string> words) =>
        value.Contains(',') || value.Any(char.IsAsciiDigit) || AddressStarts.Contains(words[0]);

    private static void FindWords(string text, string folded, List<string> words, PersonalDataKind kind, bool afterFormOfAddress, List<DetectedSpan> spans)
    {
        for (var at = folded.IndexOf(words[0], StringComparison.Ordinal); at >= 0; at = folded.IndexOf(words[0], at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(folded[at - 1]))
            {
                continue;
            }
            var end = MatchRest(folded, at + words[0].Length, words);
            if (end < 0 || (end < folded.Length && char.IsLetterOrDigit(folded[end])))
            {
                continue;
            }
            if (afterFormOfAddress && (!char.IsUpper(text[at])
                || !PersonalDataPatterns.FormOfAddressWords.Contains(PersonalDataPatterns.PreviousWord(text, at, out _))))
            {
                continue;
            }
            spans.Add(new(kind, at, end));
        }
    }

    /// <summary>End of the remaining words when each follows the last after a short gap of spaces or punctuation; -1 otherwise.</summary>
    private static int MatchRest(string folded, int end, List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var next = end;
            while (next < folded.Length && next - end < 4 && !char.IsLetterOrDigit(folded[next]) && folded[next] != '\n')
            {
                next++;
            }
            if (next == end || !folded.AsSpan(next).StartsWith(words[i], StringComparison.Ordinal))
            {
                return -1;
            }
            end = next + words[i].Length;
        }
        return end;
    }

    private static void FindPhone(string text, string digits, List<DetectedSpan> spans)
    {
        var national = digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11 ? digits[2..]
            : digits.StartsWith('0') ? digits[1..]
            : null;
        string[] forms = national is null ? [digits] : ["0" + national, "84" + national];
        var positions = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }
            positions.Clear();
            while (i < text.Length)
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    positions.Add(i);
                }
                else if (!IsPhoneSeparator(text[i]) || i + 1 == text.Length || !(char.IsAsciiDigit(text[i + 1]) || IsPhoneSeparator(text[i + 1])))
                {
                    break;
                }
                i++;
            }
            FindPhoneInRun(text, positions, forms, spans);
        }
    }

    /// <summary>A run is digits with spaces, dots, dashes or brackets between; a match must begin and end at a group's edge.</summary>
    private static void FindPhoneInRun(string text, List<int> positions, string[] forms, List<DetectedSpan> spans)
    {
        var runDigits = string.Concat(positions.Select(p => text[p]));
        bool GroupStartsAt(int k) => k == 0 || k == positions.Count || positions[k] - positions[k - 1] > 1;
        for (var k = 0; k < positions.Count; k++)
        {
            if (!GroupStartsAt(k))
            {
                continue;
            }
            foreach (var form in forms)
            {
                if (k + form.Length > positions.Count || !runDigits.AsSpan(k).StartsWith(form, StringComparison.Ordinal) || !GroupStartsAt(k + form.Length))
                {
                    continue;
                }
                var start = positions[k];
                var end = positions[k + form.Length - 1] + 1;
                if (start > 0 && text[start - 1] == '+' || start > 0 && text[start - 1] == '(' && text.AsSpan(start, end - start).Contains(')'))
                {
                    start--;
                }
                spans.Add(new(PersonalDataKind.Phone, start, end));
            }
        }
    }

    private static bool IsPhoneSeparator(char c) => c is ' ' or '\u00A0' or '.' or '-' or '(' or ')';

    private static List<string> Words(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
        return words;
    }

    private static string Fold(string text) =>
        string.Create(text.Length, text, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                buffer[i] = c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
            }
        });

    private static char[] BuildFoldTable()
    {
        // Latin with every Vietnamese letter ends before U+1F00.
        var table = new char[0x1F00];
        for (var c = 0; c < table.Length; c++)
        {
            var decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            table[c] = char.ToLowerInvariant(decomposed[0]);
        }
        table['đ'] = table['Đ'] = 'd';
        return table;
    }
}
