using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CchcPublic.Web.Feedback.Intake;

/// <summary>Vietnamese text folded for matching: no diacritics, đ as d, lower case, words separated by one space.</summary>
public static class TextFolding
{
    public static string Fold(string text) => Simplify(text, keepMarks: false);

    /// <summary>Lower case NFC words separated by one space, accents kept ("tố cáo" is not "to cao").</summary>
    public static string Words(string text) => Simplify(text, keepMarks: true).Normalize(NormalizationForm.FormC);

    private static string Simplify(string text, bool keepMarks)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (keepMarks && !space)
                {
                    builder.Append(c);
                }
                continue;
            }
            var folded = keepMarks ? char.ToLowerInvariant(c) : c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(folded))
            {
                builder.Append(folded);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>Same for texts that differ only in accents, case, spacing or punctuation.</summary>
    public static string Fingerprint(string title, string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Fold(title) + "\n" + Fold(content))));
}
