using System.Threading.RateLimiting;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;

namespace CchcPublic.Web.Infrastructure;

public static class InfrastructureExtensions
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>
    /// Settings are read when services are first resolved, not here, so that configuration layered on later
    /// (test hosts, environment) is honoured. Only the web root is fixed now: the host needs it before it is built.
    /// </summary>
    public static void AddCchcInfrastructure(this WebApplicationBuilder builder)
    {
        // wwwroot sits at the repository root (design card layout), not inside the project.
        var webRoot = AppPaths.FindWebRoot(builder.Environment.ContentRootPath);
        builder.Environment.WebRootPath = webRoot;
        builder.Environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);

        var services = builder.Services;
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(CchcOptions.Section).Get<CchcOptions>() ?? new CchcOptions());
        services.AddSingleton(sp =>
        {
            var paths = new AppPaths(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, sp.GetRequiredService<CchcOptions>());
            paths.EnsureCreated();
            return paths;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditActor>();
        services.AddSingleton<SaveChangesGuards>();
        services.AddScoped<AuditLog>();
        AddDatabase(services);

        services.AddDataProtection().SetApplicationName("CchcPublic");
        services.AddOptions<KeyManagementOptions>().Configure<AppPaths, ILoggerFactory>((keys, paths, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.Keys), logs));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in attempts per IP address and minute. Officials of one agency often share one address,
            // so the limit is generous; per-account lockout is what stops password guessing.
            limiter.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<CchcOptions>().SignInAttemptsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        services.AddRazorPages(pages => pages.RootDirectory = "/")
            .AddMvcOptions(FormBinding.Configure);
        services.Configure<RazorViewEngineOptions>(razor => razor.PageViewLocationFormats.Add("/Shared/{0}.cshtml"));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "cchc-af";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        // Vietnamese letters are written as they are, not as &#x...; entities (pages were several times larger).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(encoders =>
            encoders.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    // Both provider contexts are registered; AppDbContext resolves to the configured one.
    private static void AddDatabase(IServiceCollection services)
    {
        services.AddDbContext<SqliteAppDbContext>((sp, db) => db
            .UseSqlite(ConnectionString(sp) ?? $"Data Source={sp.GetRequiredService<AppPaths>().SqliteFile}")
            .AddInterceptors(sp.GetRequiredService<SaveChangesGuards>()));
        services.AddDbContext<PostgresAppDbContext>((sp, db) => db
            .UseNpgsql(ConnectionString(sp) ?? throw new InvalidOperationException(
                "Cchc:Database:Provider=Postgres cần chuỗi kết nối ConnectionStrings:Default."))
            .AddInterceptors(sp.GetRequiredService<SaveChangesGuards>()));
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<CchcOptions>().Database.Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());
    }

    private static string? ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("Default") is { Length: > 0 } value ? value : null;

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsJsonAsync(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                });
            },
        });
        return endpoints;
    }

    private sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                return await db.Database.CanConnectAsync(cancellationToken) && await db.Agencies.AnyAsync(cancellationToken)
                    ? HealthCheckResult.Healthy("Cơ sở dữ liệu kết nối được")
                    : HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu: " + ex.GetType().Name);
            }
        }
    }
}
