using Microsoft.AspNetCore.WebUtilities;

namespace Microsoft.AspNetCore.Http.Extensions;

public static class QueryBuilderExtensions
{
    /// <summary>The current query string with one parameter replaced.</summary>
    public static string With(HttpRequest request, string key, string value)
    {
        var pairs = QueryHelpers.ParseQuery(request.QueryString.Value).Where(p => p.Key != key)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .Append(new KeyValuePair<string, string>(key, value));
        return new QueryBuilder(pairs).ToQueryString().Value ?? "";
    }
}
