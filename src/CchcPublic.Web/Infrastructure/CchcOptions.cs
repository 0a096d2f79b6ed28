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
