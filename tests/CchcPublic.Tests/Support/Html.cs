using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace CchcPublic.Tests.Support;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}");
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static string Antiforgery(IDocument document, string? formSelector = null)
    {
        var scope = formSelector is null ? document.DocumentElement : document.QuerySelector(formSelector)!;
        return scope.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException("No antiforgery token on the page.");
    }

    /// <summary>GETs the page, then posts the given fields with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl,
        IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var all = fields.Append(new("__RequestVerificationToken", Antiforgery(page)));
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(all));
    }

    /// <summary>The redirect target as path and query, whether the server sent it absolute or relative.</summary>
    public static string Location(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new Xunit.Sdk.XunitException($"No redirect: {(int)response.StatusCode}");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        Parse(await response.Content.ReadAsStringAsync());
}
