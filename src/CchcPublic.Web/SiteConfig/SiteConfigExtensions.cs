using CchcPublic.Web.Infrastructure;

namespace CchcPublic.Web.SiteConfig;

public static class SiteConfigExtensions
{
    /// <summary>
    /// umbraco-config/ is read once, when first needed; start-up needs it (agency sync) before anything is
    /// served, so a broken file stops the site with the file, line and problem.
    /// </summary>
    public static IServiceCollection AddSiteConfig(this IServiceCollection services) => services
        .AddSingleton(sp => ConfigLoader.Load(sp.GetRequiredService<AppPaths>().ConfigRoot))
        .AddSingleton(sp => sp.GetRequiredService<CchcConfig>().Site)
        .AddSingleton(sp => sp.GetRequiredService<CchcConfig>().Feedback);
}
