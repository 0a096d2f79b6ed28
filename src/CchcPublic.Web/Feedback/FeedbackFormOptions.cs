using Microsoft.Extensions.Caching.Memory;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Feedback.Captcha;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback;

/// <summary>The choices the feedback form offers: categories, current agencies, communes and the challenge.</summary>
public sealed class FeedbackFormOptions(AgencyDirectory directory, FeedbackSettings settings, FeedbackOptions options, ComplaintDetector complaints, IMemoryCache cache)
{
    public FeedbackSettings Settings => settings;
    public FeedbackOptions Options => options;
    public ComplaintDetector Complaints => complaints;
    public IReadOnlyList<AgencyContact> Agencies { get; private set; } = [];
    public IReadOnlyList<string> Communes { get; private set; } = [];

    public bool UsesAltcha => options.Captcha.Provider == CaptchaProvider.Altcha;
    public string ChallengeUrl => FeedbackExtensions.ChallengePath;

    public async Task<FeedbackFormOptions> LoadAsync(CancellationToken cancellationToken)
    {
        // The directory changes rarely; a minute's delay before a new agency appears in the form is harmless.
        var current = (await cache.GetOrCreateAsync("feedback-form-agencies", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return directory.CurrentAsync(cancellationToken);
        }))!;
        Agencies = current.Where(a => a.Level != AgencyLevel.Commune).ToList();
        Communes = current.Where(a => a.Level == AgencyLevel.Commune).Select(a => a.ShortName).ToList();
        return this;
    }
}
