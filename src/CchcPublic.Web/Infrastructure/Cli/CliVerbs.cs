using CchcPublic.Web.Admin;

namespace CchcPublic.Web.Infrastructure.Cli;

/// <summary>Command-line verbs of the web project: `dotnet run --project src/CchcPublic.Web -- VERB ...`.</summary>
public static class CliVerbs
{
    private static readonly HashSet<string> Known = ["create-admin", "import", "reindex", "help"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Known.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await AppInitializer.InitializeAsync(app.Services, loadPublished: args[0] != "reindex");
        return args[0] switch
        {
            "create-admin" => await CreateAdminAsync(app.Services, args[1..]),
            "import" => await ImportAsync(app.Services, args[1..]),
            "reindex" => await Search.ReindexCommand.RunAsync(app.Services),
            _ => Usage(),
        };
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            Console.Error.WriteLine("Thiếu --email. Ví dụ: create-admin --email ten@quangngai.gov.vn [--password MatKhau] [--name \"Họ tên\"]");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var admins = scope.ServiceProvider.GetRequiredService<FirstAdministrator>();
        var (user, generated, errors) = await admins.CreateOrResetAsync(
            email, Option(args, "--password"), Option(args, "--name") ?? "Quản trị hệ thống");
        if (user is null)
        {
            Console.Error.WriteLine("Không tạo được quản trị viên: " + string.Join(" ", errors));
            return 1;
        }
        Console.WriteLine($"Quản trị viên {user.Email} đã sẵn sàng.");
        if (generated is not null)
        {
            Console.WriteLine($"Mật khẩu (chỉ hiển thị một lần): {generated}");
        }
        return 0;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("Thiếu thư mục. Ví dụ: import ./noi-dung (các tệp .md có phần đầu YAML).");
            return 2;
        }
        var folder = Path.GetFullPath(args[0]);
        await using var scope = services.CreateAsyncScope();
        var progress = new ProgressBar(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Length : 0);
        var summary = await scope.ServiceProvider.GetRequiredService<Content.ContentImporter>().ImportFolderAsync(folder, _ => progress.Step());
        progress.Done();
        Console.WriteLine($"Nhập {folder}: {summary}");
        foreach (var error in summary.Errors)
        {
            Console.Error.WriteLine("  - " + error);
        }
        return summary.Errors.Count == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? Infrastructure.Text.Nfc.Normalize(args[index + 1]) : null;
    }

    private static int Usage()
    {
        Console.WriteLine("""
            Lệnh:
              create-admin --email EMAIL [--password MẬT_KHẨU] [--name "HỌ TÊN"]
                  tạo quản trị viên, hoặc đặt lại mật khẩu và mở khóa nếu email đã có
              import THƯ_MỤC
                  nhập các tệp Markdown có phần đầu YAML; nhập lại chỉ tạo phiên bản mới khi có thay đổi
              reindex
                  xây dựng lại chỉ mục tìm kiếm của máy này từ cơ sở dữ liệu (dừng trang web trước)
            """);
        return 0;
    }

    /// <summary>One line redrawn in place on a terminal; a line per 10 % when the output is a log.</summary>
    private sealed class ProgressBar(int total)
    {
        private int done;
        private int shown = -1;

        public void Step()
        {
            done++;
            var percent = done * 100 / Math.Max(total, 1);
            var every = Console.IsOutputRedirected ? 10 : 1;
            if (percent / every == shown / every && done != total)
            {
                return;
            }
            shown = percent;
            var bar = new string('#', percent * 30 / 100).PadRight(30);
            Console.Write(Console.IsOutputRedirected ? $"[{bar}] {done}/{total}{Environment.NewLine}" : $"\r[{bar}] {done}/{total}");
        }

        public void Done()
        {
            if (!Console.IsOutputRedirected)
            {
                Console.WriteLine();
            }
        }
    }
}
