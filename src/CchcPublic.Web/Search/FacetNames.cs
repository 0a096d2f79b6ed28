namespace CchcPublic.Web.Search;

/// <summary>The facet dimensions, in the order pages show them.</summary>
public static class FacetNames
{
    public const string Type = "type";
    public const string Theme = "theme";
    public const string Agency = "agency";
    public const string Year = "year";

    public static readonly string[] All = [Type, Theme, Agency, Year];

    public static string Field(string dimension) => dimension switch
    {
        Type => SearchFields.Type,
        Theme => SearchFields.Theme,
        Agency => SearchFields.Agency,
        _ => SearchFields.Year,
    };
}
