using Microsoft.AspNetCore.StaticFiles;

namespace CchcPublic.Web.Public;

public static class StaticAssets
{
    /// <summary>Fingerprinted URLs (asp-append-version adds ?v=hash) never change, so they are cached for a year.</summary>
    public static void CacheHeaders(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
    }
}
