using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Content;

/// <summary>What one state change decided: an error for the user, or the audit action and summary.</summary>
public sealed record Outcome(string? Error, string? Action = null, string? Summary = null, bool Public = false)
{
    public static implicit operator Outcome(string error) => new(error);
    public static implicit operator Outcome((string Action, string Summary) done) => new(null, done.Action, done.Summary);
    public static implicit operator Outcome((string Action, string Summary, bool Public) done) => new(null, done.Action, done.Summary, done.Public);
}

public sealed partial class ContentWorkflow
{
    /// <summary>
    /// Approve the newest revision: now, or at <paramref name="publishAtUtc"/>. The author of a revision cannot
    /// approve it unless they force-publish with a reason, which stays flagged until another publisher reviews it.
    /// </summary>
    public async Task<WorkflowResult> PublishAsync(ClaimsPrincipal user, int itemId, DateTime? publishAtUtc, DateTime? unpublishAtUtc,
        string? forceReason, CancellationToken cancellationToken = default)
    {
        var revisionAuthor = await db.Set<ContentItem>().Where(i => i.Id == itemId)
            .Join(db.Set<ContentRevision>(), i => i.LatestRevisionId, r => r.Id, (i, r) => r.AuthorId)
            .SingleOrDefaultAsync(cancellationToken);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var forced = !string.IsNullOrWhiteSpace(forceReason);
        var now = clock.GetUtcNow().UtcDateTime;
        return await ChangeAsync(user, itemId, ContentAction.Publish, cancellationToken, item =>
        {
            if (item.LatestRevisionId is null || (item.LatestRevisionId == item.LiveRevisionId && item.Status == ContentStatus.Published))
                return "Không có phiên bản mới để xuất bản.";
            if (!forced && item.Status != ContentStatus.InReview)
                return "Chỉ duyệt được nội dung đang chờ duyệt.";
            if (!forced && revisionAuthor == userId)
                return "Bạn không thể tự duyệt phiên bản do chính mình viết. Nhờ người duyệt khác, hoặc xuất bản khẩn và ghi rõ lý do.";
            if (unpublishAtUtc is { } end && end <= (publishAtUtc ?? now))
                return "Thời điểm gỡ phải sau thời điểm xuất bản.";
            if (forced)
            {
                item.ForcePublishReason = forceReason!.Trim();
                item.ForcePublishedBy = user.Identity?.Name;
                item.ForcePublishReviewedBy = null;
            }
            item.UnpublishAtUtc = unpublishAtUtc;
            if (publishAtUtc is { } at && at > now)
            {
                item.Status = ContentStatus.Scheduled;
                item.PublishAtUtc = at;
                return ("content.scheduled", $"Hẹn giờ xuất bản “{item.Title}” lúc {Infrastructure.Text.VnTime.Display(at)}" + (forced ? $" (xuất bản khẩn: {forceReason})" : ""));
            }
            return GoLive(item, item.LatestRevisionId.Value, forced ? $" (xuất bản khẩn: {forceReason!.Trim()})" : "");
        });
    }

    public Task<WorkflowResult> ReviewForcePublishAsync(ClaimsPrincipal user, int itemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, itemId, ContentAction.ReviewForcePublish, cancellationToken, item =>
        {
            if (!item.AwaitsForcePublishReview)
                return "Không có lần xuất bản khẩn nào chờ xem xét.";
            if (item.ForcePublishedBy == user.Identity?.Name)
                return "Lần xuất bản khẩn phải do một người duyệt khác xem xét.";
            item.ForcePublishReviewedBy = user.Identity?.Name;
            return ("content.force-publish-reviewed", $"Đã xem xét lần xuất bản khẩn “{item.Title}” (lý do: {item.ForcePublishReason})");
        });

    public Task<WorkflowResult> WithdrawAsync(ClaimsPrincipal user, int itemId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, itemId, ContentAction.Withdraw, cancellationToken, item =>
        {
            if (!item.IsPublic || item.WithdrawnUtc is not null)
                return "Chỉ rút được nội dung đang công khai.";
            if (string.IsNullOrWhiteSpace(reason))
                return "Cần ghi lý do rút; lý do được hiển thị công khai.";
            item.WithdrawnUtc = clock.GetUtcNow().UtcDateTime;
            item.StatusNote = reason.Trim();
            item.Status = ContentStatus.Withdrawn;
            return ("content.withdrawn", $"Rút “{item.Title}”: {reason.Trim()}", true);
        });

    public Task<WorkflowResult> RemoveAsync(ClaimsPrincipal user, int itemId, string note, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, itemId, ContentAction.Remove, cancellationToken, item =>
        {
            if (item.Status == ContentStatus.Removed)
                return "Nội dung đã được gỡ bỏ.";
            if (string.IsNullOrWhiteSpace(note))
                return "Cần ghi lý do gỡ bỏ.";
            item.Status = ContentStatus.Removed;
            item.StatusNote = note.Trim();
            item.PublishAtUtc = null;
            item.UnpublishAtUtc = null;
            return ("content.removed", $"Gỡ bỏ “{item.Title}”: {note.Trim()}", true);
        });

    public async Task<WorkflowResult> RedirectAsync(ClaimsPrincipal user, int itemId, int targetId, CancellationToken cancellationToken = default)
    {
        // Follow the target's own redirects: the stored target is always a page that answers, so no loop can form.
        var target = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == targetId, cancellationToken);
        for (var hops = 0; target is { Status: ContentStatus.Redirected, RedirectToId: { } next } && hops < 20; hops++)
        {
            target = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == next, cancellationToken);
        }
        return await ChangeAsync(user, itemId, ContentAction.Redirect, cancellationToken, item =>
        {
            if (target is null || !target.IsPublic)
                return "Trang đích phải là nội dung đang công khai.";
            if (target.Id == item.Id)
                return "Không thể chuyển hướng về chính nó.";
            item.Status = ContentStatus.Redirected;
            item.RedirectToId = target.Id;
            item.PublishAtUtc = null;
            return ("content.redirected", $"Chuyển hướng “{item.Title}” sang “{target.Title}”", true);
        });
    }

    public Task<WorkflowResult> UnpublishAsync(ClaimsPrincipal user, int itemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, itemId, ContentAction.Unpublish, cancellationToken, Unpublish);

    /// <summary>Runs due schedules: publishes what is due, takes down what has reached its unpublish time.</summary>
    public async Task<(int Published, int Unpublished)> RunScheduleAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<ContentItem>().Where(i => i.Status == ContentStatus.Scheduled && i.PublishAtUtc <= now).Select(i => i.Id).ToListAsync(cancellationToken);
        var expiring = await db.Set<ContentItem>().Where(i => i.LiveRevisionId != null && i.UnpublishAtUtc <= now).Select(i => i.Id).ToListAsync(cancellationToken);
        var system = new ClaimsPrincipal(new ClaimsIdentity());
        foreach (var id in due)
        {
            await ApplyAsync(system, id, cancellationToken, item => item.Status == ContentStatus.Scheduled && item.PublishAtUtc <= now
                ? GoLive(item, item.LatestRevisionId!.Value, " (theo lịch)")
                : "Lịch đã thay đổi.");
        }
        foreach (var id in expiring)
        {
            await ApplyAsync(system, id, cancellationToken, Unpublish);
        }
        return (due.Count, expiring.Count);
    }

    private Outcome Unpublish(ContentItem item)
    {
        if (item.LiveRevisionId is null)
            return "Nội dung chưa được xuất bản.";
        item.LiveRevisionId = null;
        item.UnpublishAtUtc = null;
        item.WithdrawnUtc = null;
        item.Status = ContentStatus.Draft;
        return ("content.unpublished", $"Ngừng xuất bản “{item.Title}”", true);
    }

    private Outcome GoLive(ContentItem item, int revisionId, string why)
    {
        var revision = db.Set<ContentRevision>().AsNoTracking().Single(r => r.Id == revisionId);
        if (db.Set<ContentItem>().Any(i => i.Section == item.Section && i.Slug == revision.Slug && i.Id != item.Id))
            return $"Đường dẫn “{revision.Slug}” đang được nội dung khác dùng; đổi đường dẫn rồi xuất bản lại.";
        var now = clock.GetUtcNow().UtcDateTime;
        if (item.LiveRevisionId is not null && item.Slug != revision.Slug
            && !db.Set<SlugRedirect>().Any(r => r.Section == item.Section && r.Slug == item.Slug))
        {
            db.Add(new SlugRedirect { Section = item.Section, Slug = item.Slug, ContentItemId = item.Id, CreatedUtc = now });
        }
        // The address that goes live can no longer redirect anywhere, so a redirect can never point at itself.
        db.Set<SlugRedirect>().RemoveRange(db.Set<SlugRedirect>().Where(r => r.Section == item.Section && r.Slug == revision.Slug));
        if (item.Type == "bulletin" && item.FirstPublishedUtc is null)
        {
            // A new issue goes to the subscribers; recorded in this transaction so it is never lost or doubled.
            db.Add(new Subscriptions.BulletinMailing { ContentItemId = item.Id, CreatedUtc = now });
        }
        item.Slug = revision.Slug;
        item.LiveRevisionId = revision.Id;
        item.Status = ContentStatus.Published;
        item.FirstPublishedUtc ??= now;
        item.LivePublishedUtc = now;
        item.PublishAtUtc = null;
        item.WithdrawnUtc = null;
        item.RedirectToId = null;
        item.StatusNote = null;
        return ("content.published", $"Xuất bản “{revision.Title}” (phiên bản {revision.Number}){why}", true);
    }

    private async Task<WorkflowResult> ChangeAsync(ClaimsPrincipal user, int itemId, ContentAction action,
        CancellationToken cancellationToken, Func<ContentItem, Outcome> change)
    {
        if (!ContentPermissions.Can(user, action))
        {
            return WorkflowResult.Fail("Bạn không có quyền thực hiện thao tác này.");
        }
        return await ApplyAsync(user, itemId, cancellationToken, change);
    }

    private async Task<WorkflowResult> ApplyAsync(ClaimsPrincipal user, int itemId, CancellationToken cancellationToken, Func<ContentItem, Outcome> change)
    {
        var item = await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return WorkflowResult.Fail("Không tìm thấy nội dung.");
        }
        var outcome = change(item);
        if (outcome.Error is not null)
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.Fail(outcome.Error);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        item.UpdatedUtc = now;
        item.StatusChangedUtc = now;
        audit.Record(outcome.Action!, nameof(ContentItem), item.Id.ToString(ContentFields.Invariant), outcome.Summary!);
        var isPublic = outcome.Public || outcome.Action is "content.published";
        if (isPublic)
        {
            db.Add(new ContentChange { ContentItemId = item.Id, OccurredUtc = now });
        }
        await db.SaveChangesAsync(cancellationToken);
        if (isPublic)
        {
            await published.RefreshAsync(cancellationToken);
        }
        return new WorkflowResult([], item.Id);
    }
}
