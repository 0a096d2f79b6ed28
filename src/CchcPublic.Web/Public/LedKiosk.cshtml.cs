using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Public;

public sealed class LedKioskModel(PublishedContent snapshot, CchcOptions options) : PageModel
{
    public IReadOnlyList<LedSlide> Slides { get; private set; } = [];
    public LedOptions Options => options.Led;

    public void OnGet() => Slides = Led.Playlist(snapshot);
}
