using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Public;

public sealed record NavItem(string Href, string Label);

/// <summary>The public menu: the content sections defined in umbraco-config plus the service pages.</summary>
public sealed class SiteNavigation(CchcConfig config)
{
    private static readonly string[] SectionOrder =
        ["tin-tuc", "ban-tin", "infographic", "video", "phat-thanh-truyen-hinh", "chi-so", "thu-tuc", "van-ban", "mo-hinh-dien-hinh", "su-kien"];

    public IReadOnlyList<NavItem> Items { get; } = SectionOrder
        .Select(config.ContentTypeForSection)
        .OfType<ContentTypeDefinition>()
        .Select(t => new NavItem("/" + t.Section, t.PluralName))
        .Concat([
            new NavItem("/duong-day-nong", "Đường dây nóng"),
            new NavItem("/phan-anh-kien-nghi", "Gửi phản ánh, kiến nghị"),
            new NavItem("/hoi-dap", "Hỏi đáp"),
        ])
        .ToList();

    public static IReadOnlyList<string> Sections => SectionOrder;
}
