namespace CchcPublic.Web.Infrastructure.Web;

/// <summary>Headers sent with every response. No inline script or style is allowed anywhere on the site.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ThirdPartyKey = "csp-third-party";

    /// <summary>
    /// Lets one response load scripts and frames from a named third party (the reCAPTCHA alternative);
    /// every other page keeps the strict policy.
    /// </summary>
    public static void AllowThirdParty(HttpContext context, string origins) => context.Items[ThirdPartyKey] = origins;

    private static string PolicyFor(HttpContext context) => context.Items[ThirdPartyKey] is string origins
        ? ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'self' {origins}", StringComparison.Ordinal)
            .Replace("connect-src 'self'", $"connect-src 'self' {origins}", StringComparison.Ordinal)
            .Replace("frame-ancestors 'none'", $"frame-src {origins}; frame-ancestors 'none'", StringComparison.Ordinal)
        : ContentSecurityPolicy;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = PolicyFor(context);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
