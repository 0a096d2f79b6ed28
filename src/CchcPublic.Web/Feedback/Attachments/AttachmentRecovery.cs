using CchcPublic.Web.Infrastructure.Data;

namespace CchcPublic.Web.Feedback.Attachments;

/// <summary>At start-up, before requests are served: finish moving the files of committed cases and delete the rest.</summary>
public sealed class AttachmentRecovery(IServiceScopeFactory scopes, AttachmentStore store, ILogger<AttachmentRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (published, deleted) = await store.RecoverAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        if (published + deleted > 0)
        {
            logger.LogWarning("Khôi phục tệp đính kèm sau sự cố: {Published} tệp đưa vào kho, {Deleted} tệp tạm bị xóa.", published, deleted);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
