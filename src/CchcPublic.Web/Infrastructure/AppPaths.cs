namespace CchcPublic.Web.Infrastructure;

/// <summary>Resolved locations of the data folder, the declarative configuration and the web root.</summary>
public sealed class AppPaths
{
    public AppPaths(string contentRoot, CchcOptions options)
    {
        DataRoot = Path.GetFullPath(Path.Combine(contentRoot, options.DataPath));
        ConfigRoot = options.ConfigPath is { Length: > 0 } configured
            ? Path.GetFullPath(Path.Combine(contentRoot, configured))
            : FindUpwards(contentRoot, "umbraco-config")
              ?? throw new InvalidOperationException(
                  $"Không tìm thấy thư mục cấu hình 'umbraco-config' từ {contentRoot}; đặt Cchc:ConfigPath.");
    }

    public static string FindWebRoot(string contentRoot) =>
        FindUpwards(contentRoot, "wwwroot") ?? Path.Combine(contentRoot, "wwwroot");

    public string DataRoot { get; }
    public string ConfigRoot { get; }

    public string Keys => Path.Combine(DataRoot, "keys");
    public string Media => Path.Combine(DataRoot, "media");
    public string SearchIndex => Path.Combine(DataRoot, "index");
    public string MailPickup => Path.Combine(DataRoot, "mail");
    public string SqliteFile => Path.Combine(DataRoot, "cchc.db");

    public void EnsureCreated()
    {
        foreach (var dir in new[] { DataRoot, Keys, Media, SearchIndex, MailPickup })
        {
            Directory.CreateDirectory(dir);
        }
    }

    // The source tree keeps wwwroot/ and umbraco-config/ at the repository root while `dotnet run`
    // starts in src/CchcPublic.Web; a published build carries both beside the binaries.
    private static string? FindUpwards(string start, string folder)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
