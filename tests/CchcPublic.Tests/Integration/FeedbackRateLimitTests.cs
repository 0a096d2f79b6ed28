using System.Net;
using CchcPublic.Tests.Support;
using Xunit;

namespace CchcPublic.Tests.Integration;

/// <summary>Wrong code/key pairs on the tracking page are limited per client address.</summary>
public sealed class FeedbackLookupThrottleTests : IClassFixture<SqliteSite>
{
    private readonly SqliteSite site;

    public FeedbackLookupThrottleTests(SqliteSite site)
    {
        this.site = site;
        site.Settings["Cchc:Feedback:SubmissionsPerIpPerHour"] = "3";
        site.Settings["Cchc:Feedback:LookupFailuresPerIp"] = "3";
        site.Settings["Cchc:Feedback:Captcha:Altcha:MaxNumber"] = "5000";
    }

    [Fact]
    public async Task Too_many_wrong_keys_block_lookups_from_that_address_even_with_the_right_key()
    {
        var client = site.Browser();
        var (code, key, _) = await client.ReceiptAsync(await client.SendAsync(FeedbackForms.ValidFields("0911000111")));

        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("không đúng", (await client.TrackAsync(code, $"AAAA-BBBB-CCC{i + 2}")).QuerySelector(".error-summary")!.TextContent);
        }
        var blocked = await client.TrackAsync(code, key);

        Assert.Contains("sai quá nhiều lần", blocked.QuerySelector(".error-summary")!.TextContent);
        Assert.Null(blocked.QuerySelector(".timeline"));
    }
}

public sealed class FeedbackSubmitRateLimitTests : IClassFixture<SqliteSite>
{
    private readonly SqliteSite site;

    public FeedbackSubmitRateLimitTests(SqliteSite site)
    {
        this.site = site;
        site.Settings["Cchc:Feedback:SubmissionsPerIpPerHour"] = "3";
        site.Settings["Cchc:Feedback:Captcha:Altcha:MaxNumber"] = "5000";
    }

    [Fact]
    public async Task Submissions_past_the_hourly_limit_of_an_address_get_429()
    {
        var client = site.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SendAsync(FeedbackForms.ValidFields("0922000" + (100 + i), title: $"Giới hạn {i}"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..^1]);
    }
}
