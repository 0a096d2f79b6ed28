using System.Net.Http.Json;
using System.Text.Json;
using CchcPublic.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CchcPublic.Tests.Support;

public static class SearchHelpers
{
    /// <summary>Waits (bounded) until this node's index has applied every feed row committed so far.</summary>
    public static async Task SearchCaughtUpAsync(this CchcFactory site)
    {
        var end = await site.DbAsync(db => db.ContentChanges.MaxAsync(c => (long?)c.Id)) ?? 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await site.Services.GetRequiredService<SearchIndex>().WaitForAsync(end, timeout.Token);
    }

    public static async Task<JsonElement> SearchApiAsync(this HttpClient client, string query, string extra = "")
    {
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query) + extra);
        Assert.True(response.IsSuccessStatusCode, $"/api/search?q={query} → {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static List<string> Urls(this JsonElement results) =>
        results.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList();
}
