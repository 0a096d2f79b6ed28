using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CchcPublic.Web.Subscriptions;

public static class SubscriptionsExtensions
{
    public const string RateLimit = "bulletin-subscribe";

    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddScoped<BulletinSubscriptions>();
        services.AddSingleton<BulletinMailer>();
        services.AddHostedService(sp => sp.GetRequiredService<BulletinMailer>());
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(RateLimit, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromHours(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read")));
        return services;
    }
}
