namespace CchcPublic.Web.Feedback.Publication;

public enum PersonalDataKind
{
    Name,
    Phone,
    Email,
    IdNumber,
    Address,
}

/// <summary>One piece of personal data. Start and Length point into the NFC form of the text that was checked.</summary>
public sealed record RedactionFinding(PersonalDataKind Kind, string Original, int Start, int Length, string Replacement);

/// <summary>The text with every finding replaced, and the findings in order, for a person to check before publishing.</summary>
public sealed record RedactionResult(string Text, IReadOnlyList<RedactionFinding> Findings);
