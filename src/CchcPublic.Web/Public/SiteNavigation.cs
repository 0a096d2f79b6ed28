using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Public;

/// <summary>A menu entry; entries that are not <see cref="Primary"/> fold into the footer menu on narrow screens.</summary>
public sealed record NavItem(string Href, string Label, bool Primary = false);

/// <summary>The public menu: the content sections defined in umbraco-config plus the service pages.</summary>
public sealed class SiteNavigation(CchcConfig config)
{
    private static readonly string[] SectionOrder =
        ["tin-tuc", "ban-tin", "infographic", "video", "phat-thanh-truyen-hinh", "chi-so", "thu-tuc", "van-ban", "mo-hinh-dien-hinh", "su-kien"];

    private static readonly HashSet<string> PrimarySections = ["tin-tuc", "thu-tuc"];

    public IReadOnlyList<NavItem> Items { get; } = SectionOrder
        .Select(config.ContentTypeForSection)
        .OfType<ContentTypeDefinition>()
        .Select(t => new NavItem("/" + t.Section, t.PluralName, PrimarySections.Contains(t.Section)))
        .Concat([
            new NavItem("/duong-day-nong", "Đường dây nóng", Primary: true),
            new NavItem("/phan-anh-kien-nghi", "Gửi phản ánh, kiến nghị", Primary: true),
            new NavItem("/hoi-dap", "Hỏi đáp"),
        ])
        .ToList();

    public static IReadOnlyList<string> Sections => SectionOrder;
}
