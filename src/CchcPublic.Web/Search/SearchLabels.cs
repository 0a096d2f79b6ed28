using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Search;

/// <summary>Names people read for facet values: content types, themes and agencies from umbraco-config.</summary>
public sealed class SearchLabels(CchcConfig config)
{
    private readonly Dictionary<string, string> agencies = config.Agencies.ToDictionary(a => a.Code, a => a.ShortName);

    public string TypeName(string code) => code switch
    {
        AgencySearchSource.TypeCode => "Cơ quan, đơn vị",
        Feedback.Publication.AnswerSearchSource.TypeCode => "Hỏi đáp",
        _ => config.ContentTypes.FirstOrDefault(t => t.Code == code)?.Name ?? code,
    };

    public string Label(string dimension, string value) => dimension switch
    {
        FacetNames.Type => TypeName(value),
        FacetNames.Theme => config.Themes.FirstOrDefault(t => t.Code == value)?.Name ?? value,
        FacetNames.Agency => agencies.GetValueOrDefault(value) ?? value,
        _ => value,
    };

    public static string DimensionName(string dimension) => dimension switch
    {
        FacetNames.Type => "Loại nội dung",
        FacetNames.Theme => "Chủ đề",
        FacetNames.Agency => "Cơ quan",
        _ => "Năm",
    };

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> counts, IReadOnlyDictionary<string, string> filters)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var (dimension, values) in counts)
        {
            var ordered = dimension == FacetNames.Year
                ? values.OrderByDescending(v => v.Key, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Value).ThenBy(v => Label(dimension, v.Key), StringComparer.Create(Infrastructure.Text.VnTime.Culture, false));
            result[dimension] = ordered
                .Select(v => new FacetValue(v.Key, Label(dimension, v.Key), v.Value, filters.TryGetValue(dimension, out var chosen) && chosen == v.Key))
                .ToList();
        }
        return result;
    }
}
