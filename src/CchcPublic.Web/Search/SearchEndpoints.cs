using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace CchcPublic.Web.Search;

/// <summary>/api/search (JSON results with facets) and /api/search/goi-y (title suggestions as people type).</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/search").RequireRateLimiting(SearchExtensions.ApiRateLimit);
        api.MapGet("/", Search);
        api.MapGet("/goi-y", Suggest);
        return endpoints;
    }

    private static IResult Search(
        SearchService search, [FromQuery] string? q, [FromQuery] string? type, [FromQuery] string? theme,
        [FromQuery] string? agency, [FromQuery] string? year, [FromQuery] string? sort, [FromQuery] string? page)
    {
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > SearchService.MaxPage))
        {
            return Problem(StatusCodes.Status400BadRequest, $"Tham số page phải là số nguyên từ 1 đến {SearchService.MaxPage}.");
        }
        if (sort is not (null or "" or "relevance" or "date"))
        {
            return Problem(StatusCodes.Status400BadRequest, "Tham số sort chỉ nhận 'relevance' hoặc 'date'.");
        }
        var filters = new Dictionary<string, string?> { [FacetNames.Type] = type, [FacetNames.Theme] = theme, [FacetNames.Agency] = agency, [FacetNames.Year] = year }
            .Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value!.Trim());
        var results = search.Search(new SearchRequest(q, filters, sort == "date" ? SearchSort.Newest : SearchSort.Relevance,
            page is null ? 1 : int.Parse(page, CultureInfo.InvariantCulture)));
        if (!results.IndexReady)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "Chỉ mục tìm kiếm đang được xây dựng, vui lòng thử lại sau ít phút.");
        }
        return Results.Json(new
        {
            query = results.Query.Text,
            total = results.Total,
            page = results.Page,
            pageSize = results.PageSize,
            approximate = results.Approximate,
            items = results.Hits.Select(h => new
            {
                title = h.Title,
                url = h.Url,
                type = h.Type,
                typeName = h.TypeName,
                date = h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                snippet = h.SnippetHtml,
                withdrawn = h.Withdrawn,
            }),
            facets = results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, label = v.Label, count = v.Count })),
        });
    }

    private static IResult Suggest(SearchService search, [FromQuery] string? q) =>
        Results.Json(search.Suggest(q).Select(s => new { title = s.Title, url = s.Url, type = s.Type }));

    private static IResult Problem(int status, string message) =>
        Results.Json(new { status, error = message }, statusCode: status);
}
