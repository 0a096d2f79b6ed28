using CchcPublic.Web.Feedback;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Xunit;

namespace CchcPublic.Tests.Integration;

/// <summary>
/// A database that shipped with the first release, holding a case, migrated to today's schema: the case must
/// still read, with every column the new code adds given a value it understands.
/// </summary>
public sealed class MigrationUpgradeTests
{
    private const string FirstRelease = "Initial";

    private const string OldCase = """
        INSERT INTO "FeedbackCases" ("Code", "AccessKeyHash", "Category", "Title", "Content", "Channel", "ReceivedUtc", "UpdatedUtc",
            "Status", "ConsentToProcessing", "AllowPublishAnswer", "ReopenCount", "ContentFingerprint")
        VALUES ('PAKN.20261120.0001', 'hash', 'khac', 'Hồ sơ trước khi nâng cấp', 'Nội dung', 'Web', {0}, {0}, 'Received', {1}, {1}, 0, 'fp');
        INSERT INTO "FeedbackSenders" ("CaseId", "FullName", "Address") SELECT "Id", 'Nguyễn Văn Cũ', 'Thôn 1' FROM "FeedbackCases";
        """;

    private static async Task UpgradeAsync(AppDbContext db, string timestamp, string boolean)
    {
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(FirstRelease);
        await db.Database.ExecuteSqlRawAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, OldCase, timestamp, boolean));

        await migrator.MigrateAsync();

        var old = await db.FeedbackCases.Include(c => c.Sender).SingleAsync();
        Assert.Equal(FeedbackStatus.Received, old.Status);
        Assert.Equal(PublicationState.None, old.Publication);
        Assert.Null(old.Classification);
        Assert.Null(old.DueDate);
        Assert.Equal("Nguyễn Văn Cũ", old.Sender.FullName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_first_release_SQLite_database_with_a_case_upgrades_and_the_case_still_reads()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cchc-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);
            await UpgradeAsync(db, "'2026-11-20 02:00:00'", "1");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_first_release_PostgreSQL_database_with_a_case_upgrades_and_the_case_still_reads()
    {
        var server = Environment.GetEnvironmentVariable("CCHC_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CCHC_TEST_POSTGRES is not set: run the suite with tests/run-tests.sh, which starts PostgreSQL.");
        var name = "cchc_upgrade_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", admin).ExecuteNonQueryAsync();
        }
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
            await using var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options);
            await UpgradeAsync(db, "TIMESTAMPTZ '2026-11-20 02:00:00Z'", "TRUE");
        }
        finally
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
        }
    }
}
