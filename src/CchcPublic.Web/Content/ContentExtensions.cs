using CchcPublic.Web.Infrastructure.Jobs;
using CchcPublic.Web.Media;
using CchcPublic.Web.Public;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Content;

public static class ContentExtensions
{
    public const string PublicCachePolicy = "public";

    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<PublishedContent>();
        services.AddScoped<ContentWorkflow>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<JobLeases>();
        services.AddScoped<PreviewLinks>();
        services.AddScoped<ContentImporter>();
        services.AddHostedService<ContentRefresher>();
        services.AddHostedService<ContentScheduler>();
        services.AddOutputCache(cache => cache.AddPolicy(PublicCachePolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .Tag(PublishedContent.CacheTag)
            .SetVaryByQuery("*")
            // Text size and contrast are rendered by the server, so each choice is its own cached page.
            .VaryByValue(context => new KeyValuePair<string, string>("display", context.Request.Cookies[DisplayPreferences.CookieName] ?? ""))));
        services.Configure<RouteOptions>(routes => routes.SetParameterPolicy<ContentSectionConstraint>("contentsection"));
        return services;
    }
}

/// <summary>Matches the public sections declared in content-types.yaml (tin-tuc, ban-tin...).</summary>
public sealed class ContentSectionConstraint(CchcConfig config) : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string section && config.ContentTypeForSection(section) is not null;
}
