using System.Globalization;
using System.Security.Claims;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.Media;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace CchcPublic.Web.Content;

public sealed record ImportSummary(int Created, int Updated, int Unchanged, IReadOnlyList<string> Errors)
{
    public override string ToString() =>
        $"{Created} tạo mới, {Updated} cập nhật, {Unchanged} không đổi, {Errors.Count} lỗi";
}

/// <summary>
/// Imports Markdown files with YAML front matter. Items are matched by type and slug; a file that says
/// the same as the newest revision creates nothing, so importing twice is harmless. Errors name the file
/// and the field and leave that file's item untouched.
/// </summary>
public sealed class ContentImporter(
    AppDbContext db, CchcConfig config, ContentWorkflow workflow, MediaLibrary media, AuditLog audit, PublishedContent published, TimeProvider clock)
{
    private static readonly HashSet<string> CommonKeys =
        ["type", "title", "slug", "date", "summary", "themes", "agency", "planTask", "tags", "status", "withdrawnReason", "removedNote", "cover", "coverAlt"];

    private static readonly ClaimsPrincipal Importer = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "import"), new Claim(ClaimTypes.Name, "Nhập dữ liệu"), new Claim(ClaimTypes.Role, Roles.Editor)], "import"));

    public async Task<ImportSummary> ImportFolderAsync(string folder, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            return new ImportSummary(0, 0, 0, [$"Không tìm thấy thư mục {folder}."]);
        }
        var (created, updated, unchanged) = (0, 0, 0);
        var errors = new List<string>();
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(folder, file);
            try
            {
                var (outcome, fileErrors) = await ImportFileAsync(folder, file, cancellationToken);
                errors.AddRange(fileErrors.Select(e => $"{name}: {e}"));
                created += outcome == "created" ? 1 : 0;
                updated += outcome == "updated" ? 1 : 0;
                unchanged += outcome == "unchanged" ? 1 : 0;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
            progress?.Invoke(name);
        }
        await published.RefreshAsync(cancellationToken);
        return new ImportSummary(created, updated, unchanged, errors);
    }

    private async Task<(string? Outcome, List<string> Errors)> ImportFileAsync(string root, string path, CancellationToken cancellationToken)
    {
        var (front, body, parseError) = Split(Nfc.Normalize(await File.ReadAllTextAsync(path, cancellationToken)));
        if (parseError is not null)
        {
            return (null, [parseError]);
        }
        var errors = new List<string>();
        var typeCode = Text(front, "type");
        var type = config.ContentTypes.FirstOrDefault(t => t.Code == typeCode);
        if (type is null)
        {
            return (null, [$"trường 'type': “{typeCode}” không phải loại nội dung nào ({string.Join(", ", config.ContentTypes.Select(t => t.Code))})."]);
        }
        foreach (var key in front.Keys.Where(k => !CommonKeys.Contains(k) && type.Fields.All(f => f.Name != k)))
        {
            errors.Add($"trường '{key}' không có trong loại {type.Code}.");
        }
        var input = new ContentInput
        {
            Title = Text(front, "title") ?? "",
            Slug = Text(front, "slug"),
            Summary = Text(front, "summary"),
            Body = body.Trim(),
            Themes = List(front, "themes"),
            PlanTask = Text(front, "planTask"),
            Tags = string.Join(", ", List(front, "tags")),
            ChangeNote = "Nhập từ " + Path.GetFileName(path),
        };
        if (Text(front, "date") is { } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                input.PublishDate = parsed;
            else
                errors.Add($"trường 'date': “{date}” không phải ngày dạng yyyy-MM-dd.");
        }
        if (Text(front, "agency") is { } agencyCode)
        {
            input.AgencyId = await db.Set<Agency>().Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
            if (input.AgencyId is null)
                errors.Add($"trường 'agency': không có cơ quan mã “{agencyCode}”.");
        }
        if (Text(front, "cover") is { } cover)
        {
            input.CoverAlt = Text(front, "coverAlt");
            (input.CoverMediaId, var error) = await MediaAsync(root, path, cover, input.CoverAlt, cancellationToken);
            if (error is not null) errors.Add($"trường 'cover': {error}");
        }
        foreach (var field in type.Fields.Where(f => front.ContainsKey(f.Name)))
        {
            var (value, error) = await FieldAsync(root, path, field, front[field.Name], cancellationToken);
            if (error is not null) errors.Add($"trường '{field.Name}': {error}");
            else input.Fields[field.Name] = value;
        }
        var status = Text(front, "status") ?? "draft";
        if (status is not ("draft" or "published" or "withdrawn" or "removed"))
            errors.Add($"trường 'status': “{status}” không hợp lệ (draft, published, withdrawn, removed).");
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Title) : input.Slug;
        var existing = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Section == type.Section && i.Slug == slug, cancellationToken)
            ?? await db.Set<SlugRedirect>().Where(r => r.Section == type.Section && r.Slug == slug)
                .Join(db.Set<ContentItem>(), r => r.ContentItemId, i => i.Id, (r, i) => i).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var saved = await workflow.SaveAsync(Importer, existing?.Id, type.Code, input, null, cancellationToken);
        if (!saved.Ok)
        {
            return (null, saved.Errors.Select(e => $"{FieldName(e.Key)}{e.Message}").ToList());
        }
        var statusChanged = await ApplyStatusAsync(saved.ItemId!.Value, status, Text(front, "withdrawnReason") ?? Text(front, "removedNote"), cancellationToken);
        return (existing is null ? "created" : saved.Changed || statusChanged ? "updated" : "unchanged", []);
    }

    /// <summary>Puts the imported item in the state the file asks for; the file is the approval.</summary>
    private async Task<bool> ApplyStatusAsync(int itemId, string status, string? note, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var item = await db.Set<ContentItem>().SingleAsync(i => i.Id == itemId, cancellationToken);
        var wantsLive = status is "published" or "withdrawn";
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = false;
        if (wantsLive && (item.LiveRevisionId != item.LatestRevisionId || item.Status is ContentStatus.Removed or ContentStatus.Redirected or ContentStatus.Draft or ContentStatus.InReview))
        {
            var revision = await db.Set<ContentRevision>().AsNoTracking().SingleAsync(r => r.Id == item.LatestRevisionId, cancellationToken);
            await db.Set<SlugRedirect>().Where(r => r.Section == item.Section && r.Slug == revision.Slug).ExecuteDeleteAsync(cancellationToken);
            item.Slug = revision.Slug;
            item.LiveRevisionId = revision.Id;
            item.Status = ContentStatus.Published;
            item.FirstPublishedUtc ??= now;
            item.LivePublishedUtc = now;
            item.WithdrawnUtc = null;
            item.StatusNote = null;
            changed = true;
            audit.Record("content.imported-published", nameof(ContentItem), item.Id.ToString(ContentFields.Invariant), $"Xuất bản “{item.Title}” từ tệp nhập");
        }
        if (status == "withdrawn" && item.WithdrawnUtc is null)
        {
            item.Status = ContentStatus.Withdrawn;
            item.WithdrawnUtc = now;
            item.StatusNote = note ?? "Nội dung không còn hiệu lực.";
            changed = true;
            audit.Record("content.withdrawn", nameof(ContentItem), item.Id.ToString(ContentFields.Invariant), $"Rút “{item.Title}” theo tệp nhập: {item.StatusNote}");
        }
        if (status == "removed" && item.Status != ContentStatus.Removed)
        {
            item.Status = ContentStatus.Removed;
            item.StatusNote = note;
            changed = true;
            audit.Record("content.removed", nameof(ContentItem), item.Id.ToString(ContentFields.Invariant), $"Gỡ “{item.Title}” theo tệp nhập");
        }
        if (changed)
        {
            item.UpdatedUtc = now;
            db.Add(new ContentChange { ContentItemId = item.Id, OccurredUtc = now });
            await db.SaveChangesAsync(cancellationToken);
        }
        return changed;
    }

    private async Task<(string? Value, string? Error)> FieldAsync(string root, string path, FieldDefinition field, object? value, CancellationToken cancellationToken)
    {
        switch (field.Type)
        {
            case "media":
                var (id, error) = await MediaAsync(root, path, Scalar(value) ?? "", null, cancellationToken);
                return (id?.ToString(CultureInfo.InvariantCulture), error);
            case "media-list":
                var ids = new List<int>();
                foreach (var item in AsList(value))
                {
                    var (one, oneError) = await MediaAsync(root, path, item, null, cancellationToken);
                    if (oneError is not null) return (null, oneError);
                    ids.Add(one!.Value);
                }
                return (string.Join(',', ids), null);
            case "content-list":
                var slugs = AsList(value);
                var found = await db.Set<ContentItem>().Where(i => slugs.Contains(i.Slug)).Select(i => new { i.Id, i.Slug }).ToListAsync(cancellationToken);
                var missing = slugs.Except(found.Select(f => f.Slug)).ToList();
                return missing.Count > 0
                    ? (null, $"không tìm thấy nội dung có đường dẫn {string.Join(", ", missing)} (nhập chúng trước).")
                    : (string.Join(',', slugs.Select(s => found.First(f => f.Slug == s).Id)), null);
            case "text-list":
                return (string.Join('\n', AsList(value)), null);
            case "key-value":
                return value is IDictionary<object, object> map
                    ? (string.Join('\n', map.Select(p => $"{p.Key} = {p.Value}")), null)
                    : (null, "cần một bảng “tên: giá trị”.");
            default:
                return (Scalar(value), null);
        }
    }

    private async Task<(int? Id, string? Error)> MediaAsync(string root, string file, string relative, string? alt, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, relative));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(full))
        {
            return (null, $"không tìm thấy tệp “{relative}” trong thư mục nhập.");
        }
        var bytes = await File.ReadAllBytesAsync(full, cancellationToken);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant();
        var known = await db.Set<MediaFile>().Where(m => m.Sha256 == hash).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (known is not null)
        {
            return (known, null);
        }
        await using var stream = new MemoryStream(bytes);
        var (uploaded, error) = await media.UploadAsync(stream, Path.GetFileName(full), alt ?? Path.GetFileNameWithoutExtension(full), cancellationToken);
        return (uploaded?.Id, error);
    }

    private static (Dictionary<string, object?> Front, string Body, string? Error) Split(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return ([], "", "thiếu phần đầu YAML (tệp phải bắt đầu bằng dòng ---).");
        }
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            return ([], "", "phần đầu YAML chưa được đóng bằng dòng ---.");
        }
        try
        {
            var front = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(text[4..end]) ?? [];
            var bodyStart = text.IndexOf('\n', end + 1);
            return (front, bodyStart < 0 ? "" : text[(bodyStart + 1)..], null);
        }
        catch (YamlException ex)
        {
            return ([], "", $"dòng {ex.Start.Line + 1}: YAML không hợp lệ ({ex.InnerException?.Message ?? ex.Message}).");
        }
    }

    private static string FieldName(string key) =>
        key.StartsWith("Input.Fields[", StringComparison.Ordinal) ? $"trường '{key[13..^1]}': "
        : key.StartsWith("Input.", StringComparison.Ordinal) ? $"trường '{char.ToLowerInvariant(key[6])}{key[7..]}': " : "";

    private static string? Text(Dictionary<string, object?> front, string key) => front.TryGetValue(key, out var value) ? Scalar(value) : null;

    private static string? Scalar(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        IEnumerable<object> => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static List<string> List(Dictionary<string, object?> front, string key) => front.TryGetValue(key, out var value) ? AsList(value) : [];

    private static List<string> AsList(object? value) => value switch
    {
        IEnumerable<object> list when value is not string => list.Select(Scalar).OfType<string>().ToList(),
        string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => [],
    };
}
