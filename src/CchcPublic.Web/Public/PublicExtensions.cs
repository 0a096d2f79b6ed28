namespace CchcPublic.Web.Public;

public static class PublicExtensions
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services) => services.AddSingleton<SiteNavigation>();
}
