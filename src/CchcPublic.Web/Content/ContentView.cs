using CchcPublic.Web.Agencies;
using CchcPublic.Web.Media;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Content;

/// <summary>Everything the public item template needs, whether it shows the live page or a preview.</summary>
public sealed record ContentView(
    ContentTypeDefinition Type,
    ContentRevision Revision,
    string BodyHtml,
    DateOnly Date,
    DateTime? WithdrawnUtc,
    string? WithdrawalReason,
    bool IsPreview,
    PublishedContent Snapshot,
    CchcConfig Config,
    Func<int, MediaFile?> MediaLookup)
{
    public MediaFile? Cover => Revision.CoverMediaId is { } id ? MediaLookup(id) : null;
    public Agency? Agency => Snapshot.Agency(Revision.AgencyId);
    public MediaFile? MediaField(string name) => int.TryParse(Revision.Field(name), out var id) ? MediaLookup(id) : null;
    public ContentTypeDefinition? TypeOf(string code) => Config.ContentTypes.FirstOrDefault(t => t.Code == code);
    public string? Field(string name) => Revision.Field(name);

    public IEnumerable<ThemeDefinition> Themes => Config.Themes.Where(t => Revision.Themes.Contains(t.Code));

    public IEnumerable<PublishedPage> LinkedItems(string field) =>
        (Revision.Field(field) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => Snapshot.Find(int.Parse(id, ContentFields.Invariant))).OfType<PublishedPage>();

    public static ContentView Of(PublishedPage page, PublishedContent snapshot, CchcConfig config) => new(
        config.ContentTypes.First(t => t.Code == page.Type), page.Revision, page.BodyHtml, page.Date,
        page.WithdrawnUtc, page.WithdrawalReason, false, snapshot, config, id => snapshot.Media(id));
}
