using CchcPublic.Web.Admin;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xunit;

namespace CchcPublic.Tests.Support;

/// <summary>The whole site over a real database in a throwaway data folder, run as in production.</summary>
public abstract class CchcFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "quantri@kiemthu.local";
    public const string AdminPassword = "kiemthu-quantri-2026";

    public string DataPath { get; init; } = Path.Combine(Path.GetTempPath(), "cchc-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Leave the data folder behind on dispose, so another site can start on it (a restart).</summary>
    public bool KeepData { get; set; }

    /// <summary>Set before first use to start the site on another umbraco-config folder.</summary>
    public string? ConfigPath { get; set; }

    public int SignInAttemptsPerMinute { get; set; } = 30;

    /// <summary>Extra configuration for this site, applied last.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Import umbraco-config/seed/ on first start; off unless a test is about the seed.</summary>
    public bool ImportSeed { get; set; }

    /// <summary>A clock the test moves by hand (scheduled publishing, expiring links). Set before first use.</summary>
    public FakeTimeProvider? Clock { get; set; }

    protected abstract void ConfigureDatabase(IWebHostBuilder builder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Cchc:DataPath", DataPath);
        builder.UseSetting("Cchc:Admin:Email", AdminEmail);
        builder.UseSetting("Cchc:Admin:Password", AdminPassword);
        if (ConfigPath is not null)
        {
            builder.UseSetting("Cchc:ConfigPath", ConfigPath);
        }
        builder.UseSetting("Cchc:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cchc:Content:ImportSeed", ImportSeed ? "true" : "false");
        ConfigureDatabase(builder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (Clock is { } clock)
        {
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock));
        }
        // The in-memory test server has no client address; requests look as if they came over loopback.
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackClient>());
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            // Expected noise: PostgreSQL's probe for a migrations table that does not exist yet, and the
            // in-memory server's lack of an HTTPS port.
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical)
            .AddFilter("Microsoft.AspNetCore.HttpsPolicy", LogLevel.Error)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error));
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepData && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<AppUser> CreateUserAsync(string email, string password, string[] roles, string? agencyCode = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser
        {
            UserName = email, Email = email, FullName = "Người kiểm thử", EmailConfirmed = true,
            AgencyId = agencyCode is null ? null : await db.Agencies.Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).SingleAsync(),
        };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }
        return user;
    }
}

internal sealed class LoopbackClient : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
            return following(context);
        });
        next(app);
    };
}

public sealed class SqliteSite : CchcFactory
{
    protected override void ConfigureDatabase(IWebHostBuilder builder) => builder.UseSetting("Cchc:Database:Provider", "Sqlite");
}

/// <summary>A fresh database on the PostgreSQL server that tests/run-tests.sh starts on loopback.</summary>
public sealed class PostgresSite : CchcFactory
{
    private readonly string database = "cchc_test_" + Guid.NewGuid().ToString("N")[..16];

    private static string PostgresServer => Environment.GetEnvironmentVariable("CCHC_TEST_POSTGRES") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("CCHC_TEST_POSTGRES is not set: run the suite with tests/run-tests.sh, which starts PostgreSQL.");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database }.ConnectionString;

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Cchc:Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
    }

    public override async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\" ENCODING 'UTF8' TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
