using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace CchcPublic.Web.Shared;

/// <summary>Page links that keep every current filter in the query string.</summary>
public sealed class Pager(HttpRequest request, int page, int pageSize, int total)
{
    public int Page { get; } = page;
    public int PageSize { get; } = pageSize;
    public int Total { get; } = total;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Link(int target) => request.Path + With(request, "trang", target.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The current query string with one parameter replaced.</summary>
    public static string With(HttpRequest request, string key, string value)
    {
        var pairs = QueryHelpers.ParseQuery(request.QueryString.Value).Where(p => p.Key != key)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .Append(new KeyValuePair<string, string>(key, value));
        return new QueryBuilder(pairs).ToQueryString().Value ?? "";
    }

    public static int Clamp(int? page) => Math.Max(1, page ?? 1);
}
