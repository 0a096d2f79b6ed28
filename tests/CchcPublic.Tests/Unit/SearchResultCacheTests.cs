using CchcPublic.Web.Search;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class SearchResultCacheTests
{
    private static SearchResults Results(string text) => SearchResults.Empty(UserQuery.Parse(text), true);

    [Fact]
    public void Results_are_served_only_for_the_index_generation_they_were_read_from()
    {
        var cache = new SearchResultCache();
        var before = Results("khai sinh");
        cache.Put(3, "khai sinh", before);

        Assert.Same(before, cache.Get(3, "khai sinh"));
        Assert.Null(cache.Get(4, "khai sinh"));
        Assert.Equal(0, cache.Count);
        // A slow search that read the replaced index finishes late: what it found is not kept.
        cache.Put(3, "khai sinh", before);
        Assert.Null(cache.Get(4, "khai sinh"));
    }

    [Fact]
    public void The_least_recently_used_results_go_first_when_the_cache_is_full()
    {
        var cache = new SearchResultCache(capacity: 2);
        cache.Put(1, "a", Results("a"));
        cache.Put(1, "b", Results("b"));
        Assert.NotNull(cache.Get(1, "a"));

        cache.Put(1, "c", Results("c"));

        Assert.Equal(2, cache.Count);
        Assert.NotNull(cache.Get(1, "a"));
        Assert.Null(cache.Get(1, "b"));
        Assert.NotNull(cache.Get(1, "c"));
    }
}
