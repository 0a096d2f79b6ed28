using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback.Intake;

/// <summary>Spots text that reads like a complaint or denunciation (not PAKN), by the keywords in feedback.yaml.</summary>
public sealed class ComplaintDetector(FeedbackSettings settings)
{
    private readonly string[] keywords = settings.Complaint.Keywords.Select(TextFolding.Words).Where(k => k.Length > 0).ToArray();

    public bool LooksLikeComplaint(params string?[] texts)
    {
        var words = " " + TextFolding.Words(string.Join(" ", texts.Where(t => t is not null))) + " ";
        return keywords.Any(k => words.Contains(" " + k + " ", StringComparison.Ordinal));
    }

    public string Guidance => settings.Complaint.Guidance;

    /// <summary>The keywords as lower-case NFC words, for the form's script to warn while the person types.</summary>
    public IReadOnlyList<string> Keywords => keywords;
}
