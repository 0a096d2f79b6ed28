using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback.Deadlines;

public static class DeadlineExtensions
{
    /// <summary>One <see cref="WorkingCalendar"/> for the whole site, from umbraco-config/calendar.yaml (needs AddSiteConfig).</summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services) =>
        services.AddSingleton(sp => new WorkingCalendar(sp.GetRequiredService<CchcConfig>().Calendar));
}
