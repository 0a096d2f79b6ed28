using System.Threading.RateLimiting;
using CchcPublic.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

namespace CchcPublic.Web.Search;

public static class SearchExtensions
{
    public const string ApiRateLimit = "search-api";

    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchLabels>();
        services.AddSingleton<SearchResultCache>();
        services.AddSingleton<SearchMatchCache>();
        services.AddSingleton<SearchRankingCache>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchWarmUp>();
        services.AddSearchSource<ContentSearchSource>();
        services.AddSearchSource<AgencySearchSource>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexer>());
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(ApiRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<CchcOptions>().Search.ApiRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })));
        return services;
    }

    /// <summary>Registers another kind of searchable document (see <see cref="ISearchSource"/>).</summary>
    public static IServiceCollection AddSearchSource<T>(this IServiceCollection services) where T : class, ISearchSource =>
        services.AddSingleton<ISearchSource, T>();
}
