using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CchcPublic.Tests.Support;

/// <summary>
/// A local stand-in for Google's siteverify endpoint: token "tot" passes with score 0.9, "diem-thap" passes
/// with score 0.1 (a v3 bot), anything else fails. It records what it was sent.
/// </summary>
public sealed class FakeSiteVerify : IAsyncDisposable
{
    public const string Secret = "bi-mat-kiem-thu";
    private readonly WebApplication app;

    public FakeSiteVerify()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/siteverify", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            Calls.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            var token = form["response"].ToString();
            var known = form["secret"] == Secret;
            return token switch
            {
                "tot" when known => Results.Json(new { success = true, score = 0.9, action = "phan_anh", hostname = "localhost" }),
                "diem-thap" when known => Results.Json(new { success = true, score = 0.1, action = "phan_anh", hostname = "localhost" }),
                _ => Results.Json(new Dictionary<string, object> { ["success"] = false, ["error-codes"] = new[] { "invalid-input-response" } }),
            };
        });
        app.StartAsync().GetAwaiter().GetResult();
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/siteverify";
    }

    public string Url { get; }

    public ConcurrentQueue<Dictionary<string, string>> Calls { get; } = new();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
