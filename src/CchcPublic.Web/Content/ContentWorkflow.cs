using System.Security.Claims;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.Media;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Content;

public sealed record WorkflowError(string Key, string Message);

public sealed record WorkflowResult(IReadOnlyList<WorkflowError> Errors, int? ItemId = null, bool Changed = true)
{
    public bool Ok => Errors.Count == 0;

    public static WorkflowResult Fail(string message, string key = "") => new([new WorkflowError(key, message)]);
}

/// <summary>
/// Every change to content goes through here. Each action runs in one transaction that writes the
/// immutable revision or the state change, the audit entry and, when the public site is affected,
/// the change-feed row that snapshots and the search index replay.
/// </summary>
public sealed partial class ContentWorkflow(
    AppDbContext db, CchcConfig config, AuditLog audit, TimeProvider clock, PublishedContent published)
{
    public async Task<WorkflowResult> SaveAsync(ClaimsPrincipal user, int? itemId, string typeCode, ContentInput input,
        StagedMedia? newCover = null, CancellationToken cancellationToken = default)
    {
        if (!ContentPermissions.Can(user, ContentAction.Edit))
        {
            return WorkflowResult.Fail("Bạn không có quyền soạn nội dung.");
        }
        var type = config.ContentTypes.FirstOrDefault(t => t.Code == typeCode);
        if (type is null)
        {
            return WorkflowResult.Fail("Loại nội dung không tồn tại.");
        }
        var item = itemId is null ? null : await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (itemId is not null && item is null)
        {
            return WorkflowResult.Fail("Không tìm thấy nội dung.");
        }
        var previous = item?.LatestRevisionId is { } latestId
            ? await db.Set<ContentRevision>().AsNoTracking().SingleAsync(r => r.Id == latestId, cancellationToken)
            : null;
        var (revision, errors) = await BuildRevisionAsync(type, input, item, newCover, cancellationToken);
        if (errors.Count > 0)
        {
            return new WorkflowResult(errors);
        }
        if (previous is not null && SameContent(previous, revision!))
        {
            return new WorkflowResult([], item!.Id, Changed: false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (authorId, authorName) = Author(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (newCover is not null)
        {
            db.Add(newCover.Entity);
            audit.Record("media.uploaded", nameof(MediaFile), newCover.Entity.Path, $"Tải lên {newCover.Entity.OriginalName}");
            await db.SaveChangesAsync(cancellationToken);
            revision!.CoverMediaId = newCover.Entity.Id;
        }
        if (item is null)
        {
            item = new ContentItem { Type = type.Code, Section = type.Section, Slug = revision!.Slug, CreatedUtc = now, Status = ContentStatus.Draft };
            db.Add(item);
        }
        var cancelledSchedule = item.Status == ContentStatus.Scheduled;
        revision!.Number = previous?.Number + 1 ?? 1;
        revision.CreatedUtc = now;
        revision.AuthorId = authorId;
        revision.AuthorName = authorName;
        item.Title = revision.Title;
        item.AgencyId = revision.AgencyId;
        item.UpdatedUtc = now;
        if (item.LiveRevisionId is null)
        {
            item.Slug = revision.Slug;
        }
        if (item.Status is ContentStatus.InReview or ContentStatus.Scheduled or ContentStatus.Published)
        {
            item.Status = ContentStatus.Draft;
            item.PublishAtUtc = null;
        }
        audit.Record(previous is null ? "content.created" : "content.revised", nameof(ContentItem), null,
            $"{(previous is null ? "Tạo" : "Sửa")} {type.Name.ToLowerInvariant()} “{revision.Title}” (phiên bản {revision.Number})"
            + (cancelledSchedule ? "; hủy lịch xuất bản" : ""),
            new { revision = revision.Number, type = type.Code, note = revision.ChangeNote });
        await db.SaveChangesAsync(cancellationToken);

        revision.ContentItemId = item.Id;
        db.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(ContentFields.MediaIds(type, revision).Distinct().Select(m => new RevisionMedia { RevisionId = revision.Id, MediaId = m }));
        item.LatestRevisionId = revision.Id;
        await db.SaveChangesAsync(cancellationToken);
        await FixAuditEntityIdAsync(item.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        newCover?.Commit();
        return new WorkflowResult([], item.Id);
    }

    /// <summary>Checks an input without saving, so a form can show every problem at once.</summary>
    public async Task<IReadOnlyList<WorkflowError>> ValidateAsync(int? itemId, string typeCode, ContentInput input, CancellationToken cancellationToken = default)
    {
        var type = config.ContentTypes.FirstOrDefault(t => t.Code == typeCode);
        if (type is null)
        {
            return [new WorkflowError("", "Loại nội dung không tồn tại.")];
        }
        var item = itemId is null ? null : await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        return (await BuildRevisionAsync(type, input, item, null, cancellationToken)).Errors;
    }

    public Task<WorkflowResult> SubmitAsync(ClaimsPrincipal user, int itemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, itemId, ContentAction.Submit, cancellationToken, item =>
        {
            if (item.Status != ContentStatus.Draft || item.LatestRevisionId == item.LiveRevisionId)
            {
                return "Chỉ gửi duyệt được bản nháp có thay đổi chưa xuất bản.";
            }
            item.Status = ContentStatus.InReview;
            item.StatusNote = null;
            return ("content.submitted", $"Gửi duyệt “{item.Title}”");
        });

    public Task<WorkflowResult> RejectAsync(ClaimsPrincipal user, int itemId, string comment, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, itemId, ContentAction.Reject, cancellationToken, item =>
        {
            if (item.Status != ContentStatus.InReview)
            {
                return "Nội dung không ở trạng thái chờ duyệt.";
            }
            if (string.IsNullOrWhiteSpace(comment))
            {
                return "Cần ghi lý do trả lại để người viết sửa.";
            }
            item.Status = ContentStatus.Draft;
            item.StatusNote = comment.Trim();
            return ("content.rejected", $"Trả lại “{item.Title}”: {comment.Trim()}");
        });

    public async Task<WorkflowResult> RollbackAsync(ClaimsPrincipal user, int itemId, int revisionId, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        var old = await db.Set<ContentRevision>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId && r.ContentItemId == itemId, cancellationToken);
        if (item is null || old is null)
        {
            return WorkflowResult.Fail("Không tìm thấy phiên bản.");
        }
        if (!ContentPermissions.Can(user, ContentAction.Rollback))
        {
            return WorkflowResult.Fail("Bạn không có quyền khôi phục phiên bản.");
        }
        var input = ContentInput.From(old);
        input.ChangeNote = $"Khôi phục từ phiên bản {old.Number}";
        var result = await SaveAsync(user, itemId, item.Type, input, null, cancellationToken);
        return result.Ok && !result.Changed ? WorkflowResult.Fail("Phiên bản này giống hệt bản hiện tại.") : result;
    }

    private static (string? Id, string Name) Author(ClaimsPrincipal user) =>
        (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? AuditActor.SystemName);

    // The audit entry of a new item is written before its id exists.
    private async Task FixAuditEntityIdAsync(int itemId, CancellationToken cancellationToken)
    {
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.Entity.EntityType == nameof(ContentItem) && e.Entity.EntityId is null))
        {
            entry.Entity.EntityId = itemId.ToString(ContentFields.Invariant);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool SameContent(ContentRevision a, ContentRevision b) =>
        a.Title == b.Title && a.Slug == b.Slug && a.Summary == b.Summary && a.Body == b.Body && a.CoverMediaId == b.CoverMediaId
        && a.CoverAlt == b.CoverAlt && a.Themes.SequenceEqual(b.Themes) && a.AgencyId == b.AgencyId && a.PlanTask == b.PlanTask
        && a.Tags.SequenceEqual(b.Tags) && a.PublishDate == b.PublishDate
        && a.Fields.Count == b.Fields.Count && !a.Fields.Except(b.Fields).Any();

    private async Task<(ContentRevision? Revision, List<WorkflowError> Errors)> BuildRevisionAsync(
        ContentTypeDefinition type, ContentInput input, ContentItem? item, StagedMedia? newCover, CancellationToken cancellationToken)
    {
        var errors = new List<WorkflowError>();
        input.Title ??= "";
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Title) : input.Slug.Trim().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(input.Title))
            errors.Add(new("Input.Title", "Vui lòng nhập tiêu đề."));
        else if (!Slug.IsValid(slug))
            errors.Add(new("Input.Slug", "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu '-'."));
        else if (await db.Set<ContentItem>().AnyAsync(i => i.Section == type.Section && i.Slug == slug && i.Id != (item == null ? 0 : item.Id), cancellationToken))
            errors.Add(new("Input.Slug", $"Đường dẫn “{slug}” đã được nội dung khác dùng."));
        var themes = input.Themes.Distinct().ToList();
        if (themes.Any(t => config.Themes.All(c => c.Code != t)))
            errors.Add(new("Input.Themes", "Chủ đề không hợp lệ."));
        if (input.AgencyId is { } agencyId && !await db.Set<Agency>().AnyAsync(a => a.Id == agencyId, cancellationToken))
            errors.Add(new("Input.AgencyId", "Cơ quan không tồn tại."));
        if (input.PlanTask is { Length: > 0 } task && config.PlanTasks.All(t => t.Code != task))
            errors.Add(new("Input.PlanTask", "Nhiệm vụ không có trong Kế hoạch."));
        var coverId = newCover is null ? input.CoverMediaId : null;
        if (coverId is { } cover && !await db.Set<MediaFile>().AnyAsync(m => m.Id == cover && m.Kind == MediaKind.Image, cancellationToken))
            errors.Add(new("Input.CoverMediaId", $"Không có ảnh mã {cover} trong thư viện."));
        var hasCover = coverId is not null || newCover is not null;
        var coverAlt = string.IsNullOrWhiteSpace(input.CoverAlt) ? newCover?.Entity.Alt : input.CoverAlt.Trim();
        if (hasCover && string.IsNullOrWhiteSpace(coverAlt))
            errors.Add(new("Input.CoverAlt", "Ảnh đại diện cần có mô tả (alt)."));

        var fields = new Dictionary<string, string>();
        foreach (var field in type.Fields)
        {
            var (value, error) = ContentFields.Normalize(field, input.Fields.GetValueOrDefault(field.Name));
            if (error is not null)
            {
                errors.Add(new($"Input.Fields[{field.Name}]", error));
            }
            else if (value is not null)
            {
                fields[field.Name] = value;
                errors.AddRange(await CheckReferencesAsync(field, value, cancellationToken));
            }
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new ContentRevision
        {
            Title = input.Title.Trim(),
            Slug = slug,
            Summary = Blank(input.Summary),
            Body = (input.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd(),
            CoverMediaId = coverId,
            CoverAlt = hasCover ? coverAlt : null,
            Themes = themes,
            AgencyId = input.AgencyId,
            PlanTask = Blank(input.PlanTask),
            Tags = input.TagList(),
            PublishDate = input.PublishDate,
            ChangeNote = Blank(input.ChangeNote),
            Fields = fields,
        }, errors);
    }

    private async Task<IEnumerable<WorkflowError>> CheckReferencesAsync(FieldDefinition field, string value, CancellationToken cancellationToken)
    {
        if (field.Type is not ("media" or "media-list" or "content-list"))
        {
            return [];
        }
        var key = $"Input.Fields[{field.Name}]";
        var ids = value.Split(',').Select(v => int.Parse(v, ContentFields.Invariant)).Distinct().ToList();
        switch (field.Type)
        {
            case "media" or "media-list":
                var kind = ContentFields.ExpectedKind(field);
                var found = await db.Set<MediaFile>().Where(m => ids.Contains(m.Id) && (kind == null || m.Kind == kind)).CountAsync(cancellationToken);
                return found == ids.Count ? [] : [new(key, $"{field.Label}: có mã tệp không tồn tại trong thư viện hoặc sai loại tệp.")];
            case "content-list":
                var items = await db.Set<ContentItem>().CountAsync(i => ids.Contains(i.Id), cancellationToken);
                return items == ids.Count ? [] : [new(key, $"{field.Label}: có mã nội dung không tồn tại.")];
            default:
                return [];
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
