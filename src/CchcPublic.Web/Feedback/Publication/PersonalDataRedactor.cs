using System.Text;
using CchcPublic.Web.Infrastructure.Text;

namespace CchcPublic.Web.Feedback.Publication;

/// <summary>
/// Finds names, phone numbers, emails, ID numbers and addresses in a question or answer before it is published
/// at /hoi-dap, and replaces them with a bracketed word. A person checks the result: phones, emails, ID numbers and
/// the sender's own details lean towards catching too much; document numbers, dates and amounts are never touched.
/// </summary>
public static class PersonalDataRedactor
{
    /// <param name="knownValues">The sender's name, phone, email, address and organisation, redacted wherever they appear.</param>
    public static RedactionResult Redact(string text, IEnumerable<string>? knownValues = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var original = Nfc.Normalize(text);
        var spans = new List<DetectedSpan>();
        PersonalDataPatterns.Find(original, spans);
        if (knownValues is not null)
        {
            KnownValues.Find(original, knownValues, spans);
        }

        var findings = new List<RedactionFinding>();
        var redacted = new StringBuilder(original.Length);
        var copied = 0;
        foreach (var span in Merge(spans))
        {
            var replacement = Replacement(span.Kind);
            findings.Add(new(span.Kind, original[span.Start..span.End], span.Start, span.Length, replacement));
            redacted.Append(original, copied, span.Start - copied).Append(replacement);
            copied = span.End;
        }
        redacted.Append(original, copied, original.Length - copied);
        return new RedactionResult(Nfc.Normalize(redacted.ToString()), findings);
    }

    /// <summary>What the review screen calls each kind.</summary>
    public static string Label(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Name => "Họ tên",
        PersonalDataKind.Phone => "Số điện thoại",
        PersonalDataKind.Email => "Email",
        PersonalDataKind.IdNumber => "Số giấy tờ",
        PersonalDataKind.Address => "Địa chỉ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What the published text shows in place of the data.</summary>
    public static string Replacement(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Name => "[họ tên]",
        PersonalDataKind.Phone => "[số điện thoại]",
        PersonalDataKind.Email => "[email]",
        PersonalDataKind.IdNumber => "[số giấy tờ]",
        PersonalDataKind.Address => "[địa chỉ]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Overlapping spans become one, named after the longest of them: "Lê Lợi" inside "số 12 đường Lê Lợi" is
    /// part of an address. On a tie the more certain kind wins (a ten-digit number after "CCCD" is still a phone).
    /// </summary>
    private static List<DetectedSpan> Merge(List<DetectedSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : Certainty(a.Kind).CompareTo(Certainty(b.Kind)));
        var merged = new List<DetectedSpan>();
        var longest = 0;
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                var current = merged[^1];
                var kind = span.Length > longest ? span.Kind : current.Kind;
                longest = Math.Max(longest, span.Length);
                merged[^1] = new DetectedSpan(kind, current.Start, Math.Max(current.End, span.End));
            }
            else
            {
                merged.Add(span);
                longest = span.Length;
            }
        }
        return merged;
    }

    private static int Certainty(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Email => 0,
        PersonalDataKind.Phone => 1,
        PersonalDataKind.IdNumber => 2,
        PersonalDataKind.Address => 3,
        _ => 4,
    };
}
