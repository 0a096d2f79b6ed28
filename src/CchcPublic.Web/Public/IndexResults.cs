using System.Globalization;
using CchcPublic.Web.Content;

namespace CchcPublic.Web.Public;

public sealed record IndexInfo(string Code, string Name, string Publisher, string Scale);

/// <summary>One year's result of one index, read from a published index-result item. Missing figures stay null.</summary>
public sealed record IndexPoint(int Year, decimal? Score, int? Rank, int? RankedCount, PublishedPage Page)
{
    public IReadOnlyList<(string Name, decimal? Value)> SubScores =>
        ContentFields.KeyValues(Page.Revision.Field("subScores"))
            .Select(p => (p.Name, decimal.TryParse(p.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null))
            .ToList();
}

/// <summary>The governance indices the plan asks the province to publicise (item II.3), and their results over the years.</summary>
public static class IndexResults
{
    public static readonly IReadOnlyList<IndexInfo> Catalog =
    [
        new("PAR-INDEX", "Chỉ số cải cách hành chính (PAR INDEX)", "Bộ Nội vụ", "điểm %, xếp hạng trên 63 tỉnh, thành phố"),
        new("SIPAS", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "Bộ Nội vụ", "điểm %, xếp hạng trên 63 tỉnh, thành phố"),
        new("PAPI", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)", "UNDP và CECODES", "điểm trên thang 80, 8 chỉ số nội dung"),
        new("PCI", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "VCCI", "điểm trên thang 100, 10 chỉ số thành phần"),
        new("DDCI", "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI)", "UBND tỉnh", "do tỉnh tự đánh giá"),
        new("DTI", "Chỉ số chuyển đổi số (DTI)", "Bộ Thông tin và Truyền thông", "điểm 0–1, 3 trụ cột, xếp hạng trên 63"),
    ];

    public static IndexInfo? Find(string code) => Catalog.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<IndexPoint> Series(PublishedContent snapshot, string code) =>
        snapshot.InSection("chi-so")
            .Where(p => p.Type == "index-result" && p.Revision.Field("index") == code)
            .Select(Point)
            .OfType<IndexPoint>()
            .GroupBy(p => p.Year).Select(g => g.First())
            .OrderBy(p => p.Year)
            .ToList();

    private static IndexPoint? Point(PublishedPage page) =>
        int.TryParse(page.Revision.Field("year"), out var year)
            ? new IndexPoint(year, Decimal(page.Revision.Field("score")), Int(page.Revision.Field("rank")), Int(page.Revision.Field("rankedCount")), page)
            : null;

    private static decimal? Decimal(string? value) => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static int? Int(string? value) => int.TryParse(value, out var i) ? i : null;
}
