using System.Diagnostics;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CchcPublic.Tests.Integration;

/// <summary>The web project's CLI verbs, run as the operator runs them: a separate process on the same data folder.</summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "cchc-cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Create_admin_makes_a_working_administrator_and_prints_a_generated_password_once()
    {
        var (exit, output) = await RunAsync("create-admin", "--email", "lanh.dao@quangngai.gov.vn", "--name", "Lãnh đạo Văn phòng");

        Assert.Equal(0, exit);
        var password = output.Split('\n').Single(l => l.StartsWith("Mật khẩu (chỉ hiển thị một lần): ", StringComparison.Ordinal))
            .Split(": ")[1].Trim();
        var signedIn = await SignInWithDataPathAsync(password);
        Assert.True(signedIn);
    }

    [Fact]
    public async Task Create_admin_without_an_email_explains_itself()
    {
        var (exit, output) = await RunAsync("create-admin");

        Assert.Equal(2, exit);
        Assert.Contains("Thiếu --email", output);
    }

    [Fact]
    public async Task Reindex_refuses_while_the_site_writes_the_same_index()
    {
        await using var site = new SharedDataSite(dataPath);
        var index = site.Services.GetRequiredService<SearchIndex>();
        using var ready = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await index.WaitForAsync(0, ready.Token);

        var (exit, output) = await RunAsync("reindex");

        Assert.Equal(1, exit);
        Assert.Contains("đang được một tiến trình khác ghi", output);
        Assert.DoesNotContain("Xây dựng lại chỉ mục", output);
        Assert.True(site.Services.GetRequiredService<SearchService>().Search(new SearchRequest("cải cách hành chính", new Dictionary<string, string>())).Total > 0);
    }

    private async Task<bool> SignInWithDataPathAsync(string password)
    {
        await using var site = new SharedDataSite(dataPath);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("lanh.dao@quangngai.gov.vn");
        return user is not null && user.FullName == "Lãnh đạo Văn phòng"
            && await users.CheckPasswordAsync(user, password) && await users.IsInRoleAsync(user, Roles.Administrator);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var web = Path.Combine(AppContext.BaseDirectory, "CchcPublic.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(web);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.WorkingDirectory = Path.Combine(Repository.Root, "src", "CchcPublic.Web");
        start.Environment["Cchc__DataPath"] = dataPath;
        start.Environment["Cchc__Admin__Password"] = "quan-tri-dau-tien-2026";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
        return Task.CompletedTask;
    }

    private sealed class SharedDataSite(string dataPath) : CchcFactory
    {
        protected override void ConfigureDatabase(IWebHostBuilder builder)
        {
            builder.UseSetting("Cchc:DataPath", dataPath);
        }
    }
}
