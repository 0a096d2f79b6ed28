using Microsoft.Extensions.Caching.Memory;

namespace CchcPublic.Web.Feedback.Tracking;

/// <summary>
/// Counts wrong code/key pairs per client address over 15 minutes. Past the limit every lookup from that
/// address is refused, right or wrong, so guessing learns nothing.
/// </summary>
public sealed class LookupThrottle(IMemoryCache cache, FeedbackOptions options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public bool IsBlocked(string? address) =>
        cache.TryGetValue(Key(address), out Counter? counter) && counter!.Failures >= options.LookupFailuresPerIp;

    public void RecordFailure(string? address)
    {
        lock (cache)
        {
            var counter = cache.GetOrCreate(Key(address), entry =>
            {
                entry.AbsoluteExpiration = clock.GetUtcNow().Add(Window);
                return new Counter();
            })!;
            counter.Failures++;
        }
    }

    private static string Key(string? address) => "feedback-lookup:" + (address ?? "unknown");

    private sealed class Counter
    {
        public int Failures { get; set; }
    }
}
