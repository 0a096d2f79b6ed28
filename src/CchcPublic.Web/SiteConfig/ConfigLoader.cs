using CchcPublic.Web.Infrastructure.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace CchcPublic.Web.SiteConfig;

/// <summary>Reads and validates umbraco-config/. Every error found is reported at once, with file and line.</summary>
public static class ConfigLoader
{
    public const string SiteFile = "site.yaml";
    public const string AgenciesFile = "agencies.yaml";
    public const string ContentTypesFile = "content-types.yaml";
    public const string FeedbackFile = "feedback.yaml";
    public const string CalendarFile = "calendar.yaml";

    public static CchcConfig Load(string folder)
    {
        var errors = new List<ConfigError>();
        var site = Read<SiteDocument>(folder, SiteFile, errors);
        var agencies = Read<AgenciesDocument>(folder, AgenciesFile, errors);
        var content = Read<ContentTypesDocument>(folder, ContentTypesFile, errors);
        var feedback = Read<FeedbackDocument>(folder, FeedbackFile, errors);
        var calendar = Read<CalendarDocument>(folder, CalendarFile, errors);
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }
        var config = new CchcConfig
        {
            Site = site!.Site ?? new SiteSettings(),
            Agencies = agencies!.Agencies,
            Themes = content!.Themes,
            ContentTypes = content.ContentTypes,
            Programmes = content.Programmes,
            PlanTasks = content.PlanTasks,
            Feedback = feedback!.Feedback ?? new FeedbackSettings(),
            Calendar = calendar!.Calendar ?? new CalendarSettings(),
        };
        errors.AddRange(ConfigValidator.Validate(config, site.Site is null));
        errors.AddRange(FeedbackConfigValidator.Validate(feedback.Feedback, config.Agencies));
        errors.AddRange(CalendarConfigValidator.Validate(calendar.Calendar));
        return errors.Count > 0 ? throw new ConfigException(errors) : config;
    }

    private static T? Read<T>(string folder, string file, List<ConfigError> errors) where T : class, new()
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            errors.Add(new ConfigError(file, 0, $"thiếu tệp (tìm tại {path})."));
            return null;
        }
        try
        {
            var text = Nfc.Normalize(File.ReadAllText(path));
            return Deserializer.Deserialize<T>(text) ?? new T();
        }
        catch (YamlException ex)
        {
            errors.Add(new ConfigError(file, (int)ex.Start.Line, Describe(ex)));
            return null;
        }
    }

    // YamlDotNet wraps the useful message (unknown key, bad date) in an outer exception without it.
    private static string Describe(YamlException ex)
    {
        var inner = ex.InnerException?.Message;
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[(cut + 3)..];
        }
        return inner is null ? message : $"{message} ({inner})";
    }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithTypeConverter(new DateOnlyYamlConverter())
        .WithNodeDeserializer(
            inner => new LineRecorder(inner),
            where => where.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    /// <summary>Stamps each definition with the line it starts on.</summary>
    private sealed class LineRecorder(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
            out object? value, ObjectDeserializer rootDeserializer)
        {
            var line = (int)(reader.Current?.Start.Line ?? 0);
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }
            if (value is Located located)
            {
                located.Line = line;
            }
            return true;
        }
    }

    private sealed class SiteDocument
    {
        public SiteSettings? Site { get; set; }
    }

    private sealed class AgenciesDocument
    {
        public List<AgencyDefinition> Agencies { get; set; } = [];
    }

    private sealed class FeedbackDocument
    {
        public FeedbackSettings? Feedback { get; set; }
    }

    private sealed class ContentTypesDocument
    {
        public List<ThemeDefinition> Themes { get; set; } = [];
        public List<ContentTypeDefinition> ContentTypes { get; set; } = [];
        public List<ProgrammeDefinition> Programmes { get; set; } = [];
        public List<PlanTaskDefinition> PlanTasks { get; set; } = [];
    }
}
