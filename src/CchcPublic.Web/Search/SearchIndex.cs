using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using CchcPublic.Web.Infrastructure;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CchcPublic.Web.Search;

/// <summary>
/// This node's Lucene index. Exactly one writer per node (the <see cref="SearchIndexer"/>, or the `reindex`
/// verb with the site stopped); web requests only read, through a <see cref="SearcherManager"/>. The feed
/// cursor is committed as Lucene commit user data together with the documents, so index and cursor can
/// never disagree.
/// </summary>
public sealed class SearchIndex(AppPaths paths, ILogger<SearchIndex> log) : IDisposable
{
    private const string CursorKey = "cursor";
    private const string SchemaKey = "schema";
    private static readonly ISet<string> StoredFieldFiles = new HashSet<string> { "fdt", "fdx" };

    private readonly object gate = new();
    private FileStream? writerLock;
    private LuceneDirectory? directory;
    private IndexWriter? writer;
    private SearcherManager? searchers;
    private long cursor = -1;
    private long generation;
    private TaskCompletionSource advanced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Analyzer Analyzer { get; } = SearchAnalyzers.Create();

    public string Folder => paths.SearchIndex;

    /// <summary>The last feed row applied and committed, or -1 before the first commit.</summary>
    public long Cursor => Interlocked.Read(ref cursor);

    public bool IsOpen => writer is not null;

    /// <summary>
    /// Grows each time readers may see different documents (a commit shown to readers, the index reopened).
    /// Read it before <see cref="Read{T}"/>: the searcher a read gets is then at least that new.
    /// </summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Runs a read against the current searcher; null when no index is available yet.</summary>
    public T? Read<T>(Func<IndexSearcher, T> read) where T : class
    {
        var manager = searchers;
        if (manager is null)
        {
            return null;
        }
        IndexSearcher searcher;
        try
        {
            searcher = manager.Acquire();
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>Completes once the index has applied the feed up to <paramref name="feedId"/>.</summary>
    public async Task WaitForAsync(long feedId, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var signal = Volatile.Read(ref advanced).Task;
            if (Cursor >= feedId)
            {
                return;
            }
            await signal.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Opens the index for writing. Returns why it must be rebuilt — missing, unreadable, from another
    /// schema, or ahead of the database (a restored backup) — or null when it can be used as it is.
    /// </summary>
    public string? Open(long databaseFeedEnd)
    {
        lock (gate)
        {
            CloseWriter();
            System.IO.Directory.CreateDirectory(Folder);
            writerLock ??= TakeWriterLock();
            string? problem;
            long stored;
            // The check reads every byte once to verify checksums. Through a mapped directory those pages would
            // stay in the site's resident memory until the reader is closed (the whole index, at start); plain
            // buffered reads leave them to the kernel's page cache.
            using (var check = new NIOFSDirectory(new DirectoryInfo(Folder)))
            {
                problem = Inspect(check, databaseFeedEnd, out stored);
            }
            if (problem is not null)
            {
                log.LogWarning("Search index at {Folder} will be rebuilt: {Problem}", Folder, problem);
                Wipe();
            }
            // Stored fields (the texts snippets are drawn from) are read a page of hits at a time, a few kilobytes
            // each, anywhere in the file: plain reads serve that as well as a mapping, and keep those pages in the
            // kernel's cache rather than in the site's resident memory (64 MB of the 100,000-document bench's were).
            // Postings, norms and doc values, read on every search, stay mapped.
            var folder = new DirectoryInfo(Folder);
            directory = new FileSwitchDirectory(StoredFieldFiles, new NIOFSDirectory(folder), new MMapDirectory(folder), doClose: true);
            // Each segment keeps its files apart rather than in one compound file: read through the mapped
            // directory, a compound file's pages stayed resident far beyond what searches touched (with the
            // 100,000-document bench, 372 MB of mapped index against 251 MB as separate files).
            writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, Analyzer)
            {
                OpenMode = problem is null ? OpenMode.APPEND : OpenMode.CREATE,
                RAMBufferSizeMB = 48,
                UseCompoundFile = false,
                MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
            });
            searchers = new SearcherManager(writer, true, null);
            Interlocked.Increment(ref generation);
            SetCursor(problem is null ? stored : -1);
            return problem;
        }
    }

    public IndexWriter Writer => writer ?? throw new InvalidOperationException("The search index is not open for writing.");

    /// <summary>Commits what was written with the feed position it reflects, then shows it to readers.</summary>
    public void Commit(long feedCursor)
    {
        var w = Writer;
        w.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = feedCursor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SchemaKey] = SearchFields.SchemaVersion,
        });
        w.Commit();
        searchers!.MaybeRefreshBlocking();
        Interlocked.Increment(ref generation);
        SetCursor(feedCursor);
    }

    /// <summary>Drops the writer after a failure; the next <see cref="Open"/> checks the folder again.</summary>
    public void CloseWriter()
    {
        lock (gate)
        {
            try
            {
                searchers?.Dispose();
                writer?.Dispose();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                log.LogWarning(ex, "Closing the search index writer failed");
                writer?.Rollback();
            }
            finally
            {
                searchers = null;
                writer = null;
                directory?.Dispose();
                directory = null;
            }
        }
    }

    public long SizeOnDisk() =>
        System.IO.Directory.Exists(Folder) ? new DirectoryInfo(Folder).EnumerateFiles().Sum(f => f.Length) : 0;

    public void Dispose()
    {
        CloseWriter();
        writerLock?.Dispose();
        Analyzer.Dispose();
    }

    /// <summary>
    /// One writer per index, across processes. Lucene.Net's own write.lock is taken as a shared lock on Linux (its
    /// stream allows reading), which a second process is granted too: the `reindex` verb went on writing into the
    /// index of a running site. This lock is exclusive and sits beside the folder, which a rebuild empties.
    /// </summary>
    private FileStream TakeWriterLock()
    {
        try
        {
            return new FileStream(Folder + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new LockObtainFailedException($"Another process writes the search index at {Folder}", ex);
        }
    }

    private static string? Inspect(LuceneDirectory directory, long databaseFeedEnd, out long stored)
    {
        stored = -1;
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return "không có chỉ mục";
            }
            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(SchemaKey, out var schema) || schema != SearchFields.SchemaVersion)
            {
                return $"phiên bản cấu trúc {schema ?? "?"} khác {SearchFields.SchemaVersion}";
            }
            if (!data.TryGetValue(CursorKey, out var text) || !long.TryParse(text, out stored))
            {
                return "thiếu vị trí đã đồng bộ";
            }
            if (stored > databaseFeedEnd)
            {
                return $"chỉ mục đi trước cơ sở dữ liệu ({stored} > {databaseFeedEnd}), có thể do khôi phục bản sao lưu";
            }
            // Checksums of every file: catches truncated or overwritten segments, not only a bad header.
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }
            return null;
        }
        // Corruption shows up in many shapes: CorruptIndexException, IndexFormatTooOld/NewException and missing
        // files are IOExceptions; a mangled header can also surface as one of the others.
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            stored = -1;
            return $"không đọc được ({ex.GetType().Name}: {ex.Message})";
        }
    }

    private void Wipe()
    {
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
        {
            file.Delete();
        }
    }

    private void SetCursor(long value)
    {
        Interlocked.Exchange(ref cursor, value);
        Interlocked.Exchange(ref advanced, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
