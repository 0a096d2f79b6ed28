using CchcPublic.Web.Admin;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Content;
using CchcPublic.Web.Media;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Infrastructure;

/// <summary>
/// What every start does before serving: migrate, load umbraco-config, make sure an administrator exists, load the
/// published-content snapshot. A verb that serves no pages (reindex) skips the snapshot: with 100,000 pages it is
/// twenty seconds and a few hundred megabytes the rebuild never reads.
/// </summary>
public static class AppInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, bool announcePassword = true, bool loadPublished = true)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL keeps readers off the writer's lock; FULL sync keeps every acknowledged commit across a crash.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync();
        await provider.GetRequiredService<AgencyConfigSync>().SyncAsync();
        await provider.GetRequiredService<MediaLibrary>().RecoverAsync();
        var admin = provider.GetRequiredService<FirstAdministrator>();
        await admin.EnsureRolesAsync();
        var password = await admin.EnsureAsync();
        if (password is not null && announcePassword)
        {
            var email = provider.GetRequiredService<CchcOptions>().Admin.Email;
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine(" Đã tạo quản trị viên đầu tiên (mật khẩu chỉ hiển thị một lần):");
            Console.WriteLine($"   Email:     {email}");
            Console.WriteLine($"   Mật khẩu:  {password}");
            Console.WriteLine(" Đăng nhập tại /quan-tri/dang-nhap và đổi mật khẩu, bật xác thực hai bước.");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
        var options = provider.GetRequiredService<CchcOptions>();
        if (options.Content.ImportSeed && !await db.ContentItems.AnyAsync())
        {
            var seed = Path.Combine(provider.GetRequiredService<AppPaths>().ConfigRoot, "seed");
            var summary = await provider.GetRequiredService<ContentImporter>().ImportFolderAsync(seed);
            Console.WriteLine($"Nội dung mẫu từ {seed}: {summary}");
            foreach (var error in summary.Errors)
            {
                Console.WriteLine("  - " + error);
            }
        }
        if (loadPublished)
        {
            await provider.GetRequiredService<PublishedContent>().LoadAllAsync();
        }
    }
}
