using CchcPublic.Tests.Support;
using CchcPublic.Web.Search;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CchcPublic.Tests.Search;

public sealed class SearchWarmUpTests
{
    [Fact]
    public async Task After_start_the_searches_people_make_run_once_and_no_visitor_is_served_their_results()
    {
        await using var site = new SqliteSite();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var searches = await site.Services.GetRequiredService<SearchWarmUp>().Completed.WaitAsync(timeout.Token);

        // Six shapes of search for each of the newest titles: on a site without seed content, the agencies.
        Assert.True(searches >= 6 * 6, $"{searches} searches");
        Assert.Equal(0, site.Services.GetRequiredService<SearchResultCache>().Count);
        Assert.Equal(0, site.Services.GetRequiredService<SearchMatchCache>().Count);
        Assert.Equal(0, site.Services.GetRequiredService<SearchRankingCache>().Count);
        Assert.True((await site.Browser().SearchApiAsync("nội vụ")).GetProperty("total").GetInt32() > 0);
    }
}
