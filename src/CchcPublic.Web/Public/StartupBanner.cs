using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CchcPublic.Web.Public;

public static class StartupBanner
{
    /// <summary>Under the test host the exception must reach the test, not the console.</summary>
    public static bool IsTestHost(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().GetType().Name == "TestServer";

    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Trang công khai:  {address}/");
            Console.WriteLine($"Trang quản trị:   {address}/quan-tri (đăng nhập bằng tài khoản quản trị)");
        }
    }
}
