using System.Security.Cryptography;
using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Media;

/// <summary>
/// A file checked, cleaned and written under a temporary name. The caller commits the database first;
/// only then are the files moved into place (<see cref="Commit"/>). If the process dies in between,
/// <see cref="MediaLibrary.RecoverAsync"/> finishes or discards the move on the next start.
/// </summary>
public sealed class StagedMedia(MediaFile entity, IReadOnlyList<string> files)
{
    public const string PendingSuffix = ".pending";

    public MediaFile Entity { get; } = entity;

    public void Commit()
    {
        foreach (var final in files)
        {
            File.Move(final + PendingSuffix, final, overwrite: true);
        }
    }

    public void Discard()
    {
        foreach (var final in files)
        {
            File.Delete(final + PendingSuffix);
        }
    }
}

public sealed record MediaUse(int ContentItemId, string Title, string Type, bool Live);

public sealed class MediaLibrary(AppDbContext db, AppPaths paths, AuditLog audit, TimeProvider clock, AuditActor actor)
{
    /// <summary>Validates by content, re-encodes images and writes pending files. Errors are Vietnamese and change nothing.</summary>
    public async Task<(StagedMedia? Staged, string? Error)> StageAsync(Stream content, string fileName, string? alt, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            return (null, "Tệp rỗng.");
        }
        var type = MediaSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 64)));
        if (type is null)
        {
            return (null, LooksLikeMarkup(bytes)
                ? $"Tệp “{fileName}” chứa HTML hoặc SVG, không được chấp nhận vì có thể mang mã độc."
                : $"Không nhận dạng được nội dung tệp “{fileName}”. Chỉ nhận ảnh JPEG, PNG, WebP; PDF; MP3; MP4; phụ đề WebVTT.");
        }
        if (bytes.Length > type.MaxBytes)
        {
            return (null, $"Tệp “{fileName}” quá lớn: tối đa {type.MaxBytes / (1024 * 1024)} MB cho {MediaSniffer.KindName(type.Kind).ToLowerInvariant()}.");
        }
        if (type.Kind == MediaKind.Image && string.IsNullOrWhiteSpace(alt))
        {
            return (null, "Ảnh cần có mô tả thay thế (alt) cho người khiếm thị.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var relativeDir = $"{now:yyyy}/{now:MM}";
        var stem = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Path.Combine(paths.Media, relativeDir));
        var files = new List<(string Relative, byte[] Bytes)>();
        var entity = new MediaFile
        {
            Kind = type.Kind,
            OriginalName = Path.GetFileName(fileName),
            Path = $"{relativeDir}/{stem}{type.Extension}",
            ContentType = type.ContentType,
            Alt = string.IsNullOrWhiteSpace(alt) ? null : alt.Trim(),
            Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(),
            CreatedUtc = now,
            CreatedBy = actor.Current().UserName,
        };
        if (type.Kind == MediaKind.Image)
        {
            var image = ImageProcessor.Process(bytes, type);
            if (image is null)
            {
                return (null, $"Không đọc được ảnh “{fileName}”; tệp có thể bị hỏng.");
            }
            entity.Width = image.Width;
            entity.Height = image.Height;
            files.Add((entity.Path, image.Main));
            foreach (var (width, height, variant) in image.Variants)
            {
                var path = $"{relativeDir}/{stem}-{width}.webp";
                entity.Variants.Add(new ImageVariant(width, height, path));
                files.Add((path, variant));
            }
        }
        else
        {
            files.Add((entity.Path, bytes));
        }
        entity.Length = files[0].Bytes.Length;
        var written = new List<string>();
        foreach (var (relative, data) in files)
        {
            var final = Path.Combine(paths.Media, relative);
            await File.WriteAllBytesAsync(final + StagedMedia.PendingSuffix, data, cancellationToken);
            written.Add(final);
        }
        return (new StagedMedia(entity, written), null);
    }

    /// <summary>Upload on its own: stage, commit the row with its audit entry, then move the files.</summary>
    public async Task<(MediaFile? Media, string? Error)> UploadAsync(Stream content, string fileName, string? alt, CancellationToken cancellationToken = default)
    {
        var (staged, error) = await StageAsync(content, fileName, alt, cancellationToken);
        if (staged is null)
        {
            return (null, error);
        }
        try
        {
            db.Add(staged.Entity);
            audit.Record("media.uploaded", nameof(MediaFile), staged.Entity.Path, $"Tải lên {staged.Entity.OriginalName}");
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            staged.Discard();
            throw;
        }
        staged.Commit();
        return (staged.Entity, null);
    }

    public async Task<IReadOnlyList<MediaUse>> UsesAsync(int mediaId, CancellationToken cancellationToken = default)
    {
        var revisions = db.Set<RevisionMedia>().Where(l => l.MediaId == mediaId).Select(l => l.RevisionId);
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(i => revisions.Contains(i.LatestRevisionId!.Value) || revisions.Contains(i.LiveRevisionId!.Value))
            .Select(i => new { i.Id, i.Title, i.Type, i.LiveRevisionId })
            .ToListAsync(cancellationToken);
        var live = await revisions.ToListAsync(cancellationToken);
        return items.Select(i => new MediaUse(i.Id, i.Title, i.Type, i.LiveRevisionId is { } l && live.Contains(l))).ToList();
    }

    public async Task<string?> DeleteAsync(int mediaId, CancellationToken cancellationToken = default)
    {
        var media = await db.Set<MediaFile>().SingleOrDefaultAsync(m => m.Id == mediaId, cancellationToken);
        if (media is null)
        {
            return "Không tìm thấy tệp.";
        }
        var uses = await UsesAsync(mediaId, cancellationToken);
        if (uses.Count > 0)
        {
            return $"Không xóa được: tệp đang được dùng trong {uses.Select(u => u.ContentItemId).Distinct().Count()} nội dung.";
        }
        db.Remove(media);
        audit.Record("media.deleted", nameof(MediaFile), media.Path, $"Xóa tệp {media.OriginalName}");
        await db.SaveChangesAsync(cancellationToken);
        foreach (var path in media.Variants.Select(v => v.Path).Append(media.Path))
        {
            File.Delete(Path.Combine(paths.Media, path));
        }
        return null;
    }

    /// <summary>
    /// Finishes what a crash interrupted: a pending file whose row was committed is moved into place,
    /// any other pending file is an upload that was never acknowledged and is deleted.
    /// </summary>
    public async Task<(int Finished, int Discarded)> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var pending = Directory.EnumerateFiles(paths.Media, "*" + StagedMedia.PendingSuffix, SearchOption.AllDirectories).ToList();
        if (pending.Count == 0)
        {
            return (0, 0);
        }
        var known = (await db.Set<MediaFile>().Select(m => new { m.Path, m.Variants }).ToListAsync(cancellationToken))
            .SelectMany(m => m.Variants.Select(v => v.Path).Append(m.Path))
            .ToHashSet(StringComparer.Ordinal);
        var (finished, discarded) = (0, 0);
        foreach (var file in pending)
        {
            var final = file[..^StagedMedia.PendingSuffix.Length];
            var relative = Path.GetRelativePath(paths.Media, final).Replace('\\', '/');
            if (known.Contains(relative))
            {
                File.Move(file, final, overwrite: true);
                finished++;
            }
            else
            {
                File.Delete(file);
                discarded++;
            }
        }
        return (finished, discarded);
    }

    private static bool LooksLikeMarkup(byte[] bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<');
    }
}
