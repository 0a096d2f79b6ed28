using System.Globalization;
using System.Text;
using System.Xml;
using CchcPublic.Web.Content;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Public;

/// <summary>RSS 2.0 for the site and each section, the sitemap and robots.txt, all read from the snapshot.</summary>
public static class Feeds
{
    private const int FeedSize = 50;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/rss.xml", (HttpContext context, PublishedContent snapshot, CchcConfig config) =>
            Rss(context, config, config.Site.Name, "/", config.ContentTypes.SelectMany(t => snapshot.InSection(t.Section))
                .OrderByDescending(p => p.PublishedUtc).Take(FeedSize)))
            .CacheOutput(ContentExtensions.PublicCachePolicy);
        endpoints.MapGet("/{section:contentsection}/rss.xml", (string section, HttpContext context, PublishedContent snapshot, CchcConfig config) =>
            Rss(context, config, $"{config.ContentTypeForSection(section)!.PluralName} – {config.Site.Name}", "/" + section,
                snapshot.InSection(section).Take(FeedSize)))
            .CacheOutput(ContentExtensions.PublicCachePolicy);
        endpoints.MapGet("/sitemap.xml", Sitemap).CacheOutput(ContentExtensions.PublicCachePolicy);
        endpoints.MapGet("/robots.txt", (HttpContext context) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /quan-tri\nDisallow: /xem-truoc\nDisallow: /hien-thi\n\nSitemap: {Base(context)}/sitemap.xml\n",
            "text/plain; charset=utf-8"));
        return endpoints;
    }

    private static string Base(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    private static IResult Rss(HttpContext context, CchcConfig config, string title, string path, IEnumerable<PublishedPage> items)
    {
        var root = Base(context);
        var xml = Write(writer =>
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", title);
            writer.WriteElementString("link", root + path);
            writer.WriteElementString("description", config.Site.Tagline ?? config.Site.Name);
            writer.WriteElementString("language", "vi");
            foreach (var item in items)
            {
                writer.WriteStartElement("item");
                writer.WriteElementString("title", item.Revision.Title);
                writer.WriteElementString("link", root + item.Url);
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "false");
                writer.WriteString($"{root}/noi-dung/{item.Id}");
                writer.WriteEndElement();
                writer.WriteElementString("pubDate", item.PublishedUtc.ToString("R", CultureInfo.InvariantCulture));
                if (item.Revision.Summary is { Length: > 0 } summary)
                {
                    writer.WriteElementString("description", summary);
                }
                writer.WriteElementString("category", config.ContentTypes.FirstOrDefault(t => t.Code == item.Type)?.Name ?? item.Type);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        return Results.Text(xml, "application/rss+xml; charset=utf-8");
    }

    private static IResult Sitemap(HttpContext context, PublishedContent snapshot, CchcConfig config)
    {
        var root = Base(context);
        var xml = Write(writer =>
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            void Url(string path, DateTime? modified)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", root + path);
                if (modified is { } when)
                {
                    writer.WriteElementString("lastmod", when.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                }
                writer.WriteEndElement();
            }
            Url("/", null);
            Url("/duong-day-nong", null);
            foreach (var type in config.ContentTypes)
            {
                var items = snapshot.InSection(type.Section);
                Url("/" + type.Section, items.Count > 0 ? items.Max(p => p.UpdatedUtc) : null);
                foreach (var item in items)
                {
                    Url(item.Url, item.UpdatedUtc);
                }
            }
            writer.WriteEndElement();
        });
        return Results.Text(xml, "application/xml; charset=utf-8");
    }

    private static string Write(Action<XmlWriter> body)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriterUtf8(builder), new XmlWriterSettings { Indent = true }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        return builder.ToString();
    }

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
