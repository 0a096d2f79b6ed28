using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure;

namespace CchcPublic.Web.Public;

public sealed record LedSlide(int Id, string Title, string Image, int Width, int Height, string Description);

/// <summary>The playlist of the LED kiosk: infographics flagged "show on LED", in their display order.</summary>
public static class Led
{
    public static IReadOnlyList<LedSlide> Playlist(PublishedContent snapshot) =>
        snapshot.InSection("infographic")
            .Where(p => p.WithdrawnUtc is null && p.Revision.Field("showOnLed") == "true")
            .OrderBy(p => int.TryParse(p.Revision.Field("ledOrder"), out var order) ? order : int.MaxValue)
            .ThenByDescending(p => p.Date)
            .Select(p => (Page: p, Image: snapshot.Media(p.Revision.Field("image"))))
            .Where(x => x.Image is not null)
            .Select(x => new LedSlide(x.Page.Id, x.Page.Revision.Title, x.Image!.Url, x.Image.Width ?? 0, x.Image.Height ?? 0,
                x.Page.Revision.Field("longDescription") ?? x.Page.Revision.Title))
            .ToList();

    public static IEndpointRouteBuilder MapLedPlaylist(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/led/danh-sach.json", (PublishedContent snapshot, CchcOptions options) => Results.Json(new
        {
            intervalSeconds = options.Led.IntervalSeconds,
            refreshMinutes = options.Led.RefreshMinutes,
            slides = Playlist(snapshot),
        })).CacheOutput(ContentExtensions.PublicCachePolicy);
        return endpoints;
    }
}
