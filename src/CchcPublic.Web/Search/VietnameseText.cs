using System.Globalization;
using System.Text;
using CchcPublic.Web.Infrastructure.Text;

namespace CchcPublic.Web.Search;

/// <summary>
/// Vietnamese text as search sees it. People type with or without diacritics, in NFC or NFD, and with the
/// tone mark on either vowel of oa/oe/uy (hoà / hòa, thuỷ / thủy); all of these must meet in one place.
/// </summary>
public static class VietnameseText
{
    /// <summary>NFC, lower case, tone mark on the first vowel of a final oa/oe/uy ("hoà" → "hòa", "thuỷ" → "thủy").</summary>
    public static string Exact(string text)
    {
        var lower = Nfc.Normalize(text).ToLower(VnTime.Culture);
        return Nfc.Normalize(MoveToneMarks(lower));
    }

    /// <summary>Lower case without any diacritic and đ as d: what someone typing without Vietnamese input would write.</summary>
    public static string Fold(string text)
    {
        var decomposed = Nfc.Normalize(text).ToLower(VnTime.Culture).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            folded.Append(c == 'đ' ? 'd' : c);
        }
        return folded.ToString();
    }

    public static bool HasDiacritics(string text) => Fold(text) != Nfc.Normalize(text).ToLower(VnTime.Culture);

    /// <summary>
    /// The old placement puts the tone on the second vowel of a syllable-final oa, oe or uy (hoà, khoẻ, thuỷ);
    /// the new one on the first (hòa, khỏe, thủy). Both are correct and both are typed, so one form is indexed.
    /// In "qu" the u belongs to the consonant, so "quý" is the same either way and is left alone.
    /// Works in place on lower-case NFC text so the analyzer can use it on its term buffer.
    /// </summary>
    public static void MoveToneMarks(char[] buffer, int start, int length)
    {
        for (var i = start + 1; i < start + length; i++)
        {
            var last = i + 1 == start + length || !char.IsLetter(buffer[i + 1]);
            if (!last || !TonedEnding.TryGetValue((buffer[i - 1], buffer[i]), out var moved))
            {
                continue;
            }
            if (buffer[i - 1] == 'u' && i >= start + 2 && buffer[i - 2] == 'q')
            {
                continue;
            }
            (buffer[i - 1], buffer[i]) = moved;
        }
    }

    private static string MoveToneMarks(string lower)
    {
        var chars = lower.ToCharArray();
        MoveToneMarks(chars, 0, chars.Length);
        return new string(chars);
    }

    private static readonly Dictionary<(char, char), (char, char)> TonedEnding = BuildEndings();

    private static Dictionary<(char, char), (char, char)> BuildEndings()
    {
        var map = new Dictionary<(char, char), (char, char)>();
        void Add(char first, char second, string firstToned, string secondToned)
        {
            for (var t = 0; t < 5; t++)
            {
                map[(first, secondToned[t])] = (firstToned[t], second);
            }
        }
        // Tones in the order huyền, sắc, hỏi, ngã, nặng.
        Add('o', 'a', "òóỏõọ", "àáảãạ");
        Add('o', 'e', "òóỏõọ", "èéẻẽẹ");
        Add('u', 'y', "ùúủũụ", "ỳýỷỹỵ");
        return map;
    }
}
