namespace CchcPublic.Web.Infrastructure;

public sealed class CchcOptions
{
    public const string Section = "Cchc";

    /// <summary>Folder for every piece of writable state: database file, media, index, keys, mail pickup.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Folder of the declarative configuration; found by walking up from the content root when empty.</summary>
    public string? ConfigPath { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Sign-in form posts allowed per client IP address and minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 30;

    public AdminOptions Admin { get; set; } = new();

    public ContentOptions Content { get; set; } = new();

    public LedOptions Led { get; set; } = new();

    public SearchOptions Search { get; set; } = new();

    /// <summary>The site's public address for links in mail, e.g. https://cchc.quangngai.gov.vn. Unset: the request's own
    /// address, or http://localhost:5000 for mail sent by background work.</summary>
    public string? PublicBaseUrl { get; set; }

    public string PublicBase(HttpRequest? request) =>
        PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/')
        : request is not null ? $"{request.Scheme}://{request.Host}"
        : "http://localhost:5000";
}

public sealed class LedOptions
{
    /// <summary>How long each slide stays on the province's LED screens.</summary>
    public int IntervalSeconds { get; set; } = 15;

    /// <summary>How often the kiosk fetches the playlist again.</summary>
    public int RefreshMinutes { get; set; } = 5;
}

public sealed class SearchOptions
{
    /// <summary>How often each node's indexer looks for new rows in the change feed.</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>Requests to /api/search and its suggestions allowed per client IP address and minute.</summary>
    public int ApiRequestsPerMinute { get; set; } = 120;
}

public sealed class ContentOptions
{
    /// <summary>How often each node replays the content change feed written by other nodes.</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>How often scheduled publishing and unpublishing run (on one node at a time).</summary>
    public double ScheduleSeconds { get; set; } = 30;

    /// <summary>How long a preview link stays valid.</summary>
    public double PreviewHours { get; set; } = 48;

    /// <summary>Import umbraco-config/seed/ on first start when no content exists.</summary>
    public bool ImportSeed { get; set; } = true;
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class AdminOptions
{
    public string Email { get; set; } = "quantri@cchc.local";
    public string? Password { get; set; }
}
