using Microsoft.AspNetCore.StaticFiles;

namespace CchcPublic.Web.Public;

public static class StaticAssets
{
    /// <summary>Uploaded media under /media/: names are generated and never reused, so they are cached for a year.</summary>
    public static IApplicationBuilder UseMediaFiles(this IApplicationBuilder app)
    {
        var media = app.ApplicationServices.GetRequiredService<Infrastructure.AppPaths>().Media;
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".vtt"] = "text/vtt";
        types.Mappings[".webp"] = "image/webp";
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(media),
            RequestPath = "/media",
            ContentTypeProvider = types,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
    }

    /// <summary>Fingerprinted URLs (asp-append-version adds ?v=hash) never change, so they are cached for a year.</summary>
    public static void CacheHeaders(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
    }
}
