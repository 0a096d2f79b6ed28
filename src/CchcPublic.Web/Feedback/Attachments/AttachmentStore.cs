using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Attachments;

/// <summary>
/// Files of a case are written under a staging folder first and moved into media/feedback/ only after the
/// database commit. A crash in between is repaired at the next start: a staged file whose row was committed
/// is moved into place, any other staged file is deleted. Each node stages in a folder of its own, so a node
/// restarting never touches another node's uploads in flight.
/// </summary>
public sealed class AttachmentStore(AppPaths paths)
{
    public string Root { get; } = Path.Combine(paths.Media, "feedback");

    public string StagingFolder => Path.Combine(Root, ".staging", Environment.MachineName);

    public async Task<string> StageAsync(byte[] content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(StagingFolder);
        var storedName = Guid.NewGuid().ToString("N") + extension;
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        await using (var file = new FileStream(Path.Combine(StagingFolder, storedName), options))
        {
            await file.WriteAsync(content, cancellationToken);
            // On disk before the row that points to it is committed.
            file.Flush(flushToDisk: true);
        }
        return storedName;
    }

    public void Publish(IEnumerable<string> storedNames)
    {
        foreach (var name in storedNames)
        {
            var staged = Path.Combine(StagingFolder, name);
            if (File.Exists(staged))
            {
                File.Move(staged, Path.Combine(Root, name), overwrite: true);
            }
        }
    }

    public void Discard(IEnumerable<string> storedNames)
    {
        foreach (var name in storedNames)
        {
            File.Delete(Path.Combine(StagingFolder, name));
        }
    }

    public string PathOf(string storedName) => Path.Combine(Root, Path.GetFileName(storedName));

    /// <summary>Finishes or rolls back what a crash interrupted. Runs at start-up, before requests are served.</summary>
    public async Task<(int Published, int Deleted)> RecoverAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        if (!Directory.Exists(StagingFolder))
        {
            return (0, 0);
        }
        var staged = Directory.GetFiles(StagingFolder).Select(Path.GetFileName).OfType<string>().ToList();
        if (staged.Count == 0)
        {
            return (0, 0);
        }
        var committed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in staged.Chunk(500))
        {
            committed.UnionWith(await db.FeedbackAttachments.Where(a => batch.Contains(a.StoredName)).Select(a => a.StoredName).ToListAsync(cancellationToken));
        }
        Publish(committed);
        var orphans = staged.Where(n => !committed.Contains(n)).ToList();
        Discard(orphans);
        return (committed.Count, orphans.Count);
    }
}
