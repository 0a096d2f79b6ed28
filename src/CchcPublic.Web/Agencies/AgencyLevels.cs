namespace CchcPublic.Web.Agencies;

public static class AgencyLevels
{
    private static readonly Dictionary<string, AgencyLevel> ByCode = new(StringComparer.Ordinal)
    {
        ["province"] = AgencyLevel.Province,
        ["department"] = AgencyLevel.Department,
        ["provincial-unit"] = AgencyLevel.ProvincialUnit,
        ["district"] = AgencyLevel.District,
        ["district-unit"] = AgencyLevel.DistrictUnit,
        ["commune"] = AgencyLevel.Commune,
    };

    public static IEnumerable<string> Codes => ByCode.Keys;

    public static AgencyLevel? Parse(string? code) => code is not null && ByCode.TryGetValue(code, out var level) ? level : null;

    public static string DisplayName(AgencyLevel level) => level switch
    {
        AgencyLevel.Province => "Cấp tỉnh",
        AgencyLevel.Department => "Sở, ban, ngành",
        AgencyLevel.ProvincialUnit => "Đơn vị trực thuộc tỉnh",
        AgencyLevel.District => "Cấp huyện",
        AgencyLevel.DistrictUnit => "Đơn vị cấp huyện",
        AgencyLevel.Commune => "Cấp xã",
        _ => level.ToString(),
    };
}
