using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Jobs;

namespace CchcPublic.Web.Content;

/// <summary>Follows other nodes' content changes so this node's snapshot and cache stay current.</summary>
internal sealed class ContentRefresher(PublishedContent snapshot, CchcOptions options, ILogger<ContentRefresher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Content.PollSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await snapshot.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Refreshing the published content snapshot failed; retrying on the next tick");
            }
        }
    }
}

/// <summary>Publishes and unpublishes on schedule. A database lease makes sure only one node does it at a time.</summary>
internal sealed class ContentScheduler(IServiceScopeFactory scopes, CchcOptions options, ILogger<ContentScheduler> log) : BackgroundService
{
    public const string Job = "content-schedule";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Content.ScheduleSeconds);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<JobLeases>().TryClaimAsync(Job, JobLeases.NodeName, interval * 2, stoppingToken))
                {
                    var (published, unpublished) = await scope.ServiceProvider.GetRequiredService<ContentWorkflow>().RunScheduleAsync(stoppingToken);
                    if (published + unpublished > 0)
                    {
                        log.LogInformation("Schedule: {Published} published, {Unpublished} unpublished", published, unpublished);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Scheduled publishing failed; retrying on the next tick");
            }
        }
    }
}
