using System.Text.RegularExpressions;
using CchcPublic.Web.Agencies;

namespace CchcPublic.Web.SiteConfig;

internal static partial class ConfigValidator
{
    public static IEnumerable<ConfigError> Validate(CchcConfig config, bool siteMissing)
    {
        return ValidateSite(config.Site, siteMissing)
            .Concat(ValidateAgencies(config.Agencies))
            .Concat(ValidateContentModel(config))
            .Concat(ValidatePlanTasks(config));
    }

    private static IEnumerable<ConfigError> ValidateSite(SiteSettings site, bool missing)
    {
        const string file = ConfigLoader.SiteFile;
        if (missing)
        {
            yield return new ConfigError(file, 1, "thiếu khóa 'site'.");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(site.Name)) yield return new ConfigError(file, site.Line, "'name' (tên trang) là bắt buộc.");
        if (string.IsNullOrWhiteSpace(site.ResponsibleOfficial)) yield return new ConfigError(file, site.Line, "'responsibleOfficial' là bắt buộc (Nghị định 42/2022).");
        if (string.IsNullOrWhiteSpace(site.Licence)) yield return new ConfigError(file, site.Line, "'licence' là bắt buộc (Nghị định 42/2022).");
        if (string.IsNullOrWhiteSpace(site.Hotline.Phone)) yield return new ConfigError(file, site.Hotline.Line, "'hotline.phone' (đường dây nóng) là bắt buộc.");
    }

    private static IEnumerable<ConfigError> ValidateAgencies(IReadOnlyList<AgencyDefinition> agencies)
    {
        const string file = ConfigLoader.AgenciesFile;
        if (agencies.Count == 0)
        {
            yield return new ConfigError(file, 1, "danh mục cơ quan trống.");
            yield break;
        }
        var byCode = new Dictionary<string, AgencyDefinition>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            if (!CodePattern().IsMatch(agency.Code))
                yield return new ConfigError(file, agency.Line, $"mã '{agency.Code}' không hợp lệ (chữ in hoa không dấu, số và '-').");
            else if (!byCode.TryAdd(agency.Code, agency))
                yield return new ConfigError(file, agency.Line, $"mã '{agency.Code}' bị trùng với dòng {byCode[agency.Code].Line}.");
            if (string.IsNullOrWhiteSpace(agency.Name)) yield return new ConfigError(file, agency.Line, $"cơ quan '{agency.Code}' thiếu 'name'.");
            if (string.IsNullOrWhiteSpace(agency.ShortName)) yield return new ConfigError(file, agency.Line, $"cơ quan '{agency.Code}' thiếu 'shortName'.");
            if (AgencyLevels.Parse(agency.Level) is null)
                yield return new ConfigError(file, agency.Line, $"cơ quan '{agency.Code}': cấp '{agency.Level}' không hợp lệ; dùng một trong: {string.Join(", ", AgencyLevels.Codes)}.");
            if (agency.ValidFrom is { } from && agency.ValidTo is { } to && to < from)
                yield return new ConfigError(file, agency.Line, $"cơ quan '{agency.Code}': 'validTo' ({to:dd/MM/yyyy}) trước 'validFrom' ({from:dd/MM/yyyy}).");
            if (agency.Successors.Count > 0 && agency.ValidTo is null)
                yield return new ConfigError(file, agency.Line, $"cơ quan '{agency.Code}' có 'successors' nhưng chưa có 'validTo'.");
        }
        foreach (var agency in agencies)
        {
            if (agency.Parent is { } parent && !byCode.ContainsKey(parent))
                yield return new ConfigError(file, agency.Line, $"cơ quan '{agency.Code}': cơ quan cấp trên '{parent}' không có trong danh mục.");
            foreach (var successor in agency.Successors)
            {
                if (!byCode.TryGetValue(successor.Code, out var next))
                    yield return new ConfigError(file, successor.Line, $"cơ quan '{agency.Code}': cơ quan kế thừa '{successor.Code}' không có trong danh mục.");
                else if (next.Code == agency.Code)
                    yield return new ConfigError(file, successor.Line, $"cơ quan '{agency.Code}' không thể kế thừa chính nó.");
                else if (next.ValidTo is { } nextEnd && agency.ValidTo is { } end && nextEnd <= end)
                    yield return new ConfigError(file, successor.Line, $"cơ quan kế thừa '{successor.Code}' đã hết hiệu lực trước khi '{agency.Code}' giải thể.");
            }
        }
    }

    private static IEnumerable<ConfigError> ValidateContentModel(CchcConfig config)
    {
        const string file = ConfigLoader.ContentTypesFile;
        if (config.Themes.Count != 10)
            yield return new ConfigError(file, config.Themes.FirstOrDefault()?.Line ?? 1, $"cần đúng 10 chủ đề tuyên truyền (mục II của Kế hoạch), có {config.Themes.Count}.");
        foreach (var duplicate in config.Themes.GroupBy(t => t.Code).Where(g => g.Count() > 1))
            yield return new ConfigError(file, duplicate.Last().Line, $"chủ đề '{duplicate.Key}' bị trùng.");
        foreach (var theme in config.Themes.Where(t => !SlugPattern().IsMatch(t.Code) || string.IsNullOrWhiteSpace(t.Name)))
            yield return new ConfigError(file, theme.Line, $"chủ đề '{theme.Code}' cần mã chữ thường không dấu và tên.");
        if (config.ContentTypes.Count == 0)
            yield return new ConfigError(file, 1, "danh sách loại nội dung trống.");
        foreach (var duplicate in config.ContentTypes.GroupBy(t => t.Code).Where(g => g.Count() > 1))
            yield return new ConfigError(file, duplicate.Last().Line, $"loại nội dung '{duplicate.Key}' bị trùng.");
        foreach (var duplicate in config.ContentTypes.GroupBy(t => t.Section).Where(g => g.Count() > 1))
            yield return new ConfigError(file, duplicate.Last().Line, $"đường dẫn chuyên mục '/{duplicate.Key}' dùng cho nhiều loại nội dung.");
        foreach (var type in config.ContentTypes)
        {
            if (!SlugPattern().IsMatch(type.Code) || !SlugPattern().IsMatch(type.Section) || string.IsNullOrWhiteSpace(type.Name))
                yield return new ConfigError(file, type.Line, $"loại nội dung '{type.Code}' cần mã, tên và 'section' chữ thường không dấu.");
            foreach (var field in type.Fields)
            {
                if (!FieldDefinition.Types.Contains(field.Type))
                    yield return new ConfigError(file, field.Line, $"trường '{type.Code}.{field.Name}': kiểu '{field.Type}' không hợp lệ; dùng một trong: {string.Join(", ", FieldDefinition.Types)}.");
                if (field.Type == "choice" && field.Options.Count == 0)
                    yield return new ConfigError(file, field.Line, $"trường '{type.Code}.{field.Name}' kiểu choice cần 'options'.");
                if (string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.Label))
                    yield return new ConfigError(file, field.Line, $"trường của '{type.Code}' cần 'name' và 'label'.");
            }
            foreach (var duplicate in type.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
                yield return new ConfigError(file, duplicate.Last().Line, $"trường '{type.Code}.{duplicate.Key}' bị trùng.");
        }
    }

    private static IEnumerable<ConfigError> ValidatePlanTasks(CchcConfig config)
    {
        var codes = config.Agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var task in config.PlanTasks.Where(t => t.Lead is { } lead && !codes.Contains(lead)))
            yield return new ConfigError(ConfigLoader.ContentTypesFile, task.Line, $"nhiệm vụ '{task.Code}': cơ quan chủ trì '{task.Lead}' không có trong danh mục cơ quan.");
        foreach (var duplicate in config.PlanTasks.GroupBy(t => t.Code).Where(g => g.Count() > 1))
            yield return new ConfigError(ConfigLoader.ContentTypesFile, duplicate.Last().Line, $"nhiệm vụ '{duplicate.Key}' bị trùng.");
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,39}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
