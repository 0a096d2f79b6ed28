using System.Threading.RateLimiting;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Feedback.Attachments;
using CchcPublic.Web.Feedback.Captcha;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Feedback.Deadlines;
using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.Feedback.Open311;
using CchcPublic.Web.Feedback.Publication;
using CchcPublic.Web.Search;
using CchcPublic.Web.Feedback.Tracking;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CchcPublic.Web.Feedback;

public static class FeedbackExtensions
{
    public const string SubmitRateLimit = "feedback-submit";
    public const string LookupRateLimit = "feedback-lookup";
    public const string IntakePolicy = "FeedbackIntake";
    public const string HandlingPolicy = "FeedbackHandling";
    public const string StatisticsPolicy = "FeedbackStatistics";
    public const string PrivacyPolicy = "FeedbackPrivacy";
    public const string ChallengePath = "/phan-anh-kien-nghi/thu-thach";

    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(FeedbackOptions.Section).Get<FeedbackOptions>() ?? new FeedbackOptions());
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(Open311Options.Section).Get<Open311Options>() ?? new Open311Options());
        services.AddMemoryCache();
        services.AddHttpClient(RecaptchaCaptcha.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<AltchaCaptcha>();
        services.AddSingleton<RecaptchaCaptcha>();
        services.AddSingleton<ICaptcha>(sp => sp.GetRequiredService<FeedbackOptions>().Captcha.Provider == CaptchaProvider.Recaptcha
            ? sp.GetRequiredService<RecaptchaCaptcha>()
            : sp.GetRequiredService<AltchaCaptcha>());
        services.AddSingleton<ComplaintDetector>();
        services.AddSingleton<FeedbackValidator>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<LookupThrottle>();
        services.AddScoped<FeedbackMessages>();
        services.AddScoped<FeedbackIntake>();
        services.AddScoped<FeedbackTracking>();
        services.AddScoped<FeedbackFormOptions>();
        services.AddScoped<Open311Requests>();
        services.AddHostedService<AttachmentRecovery>();

        services.AddWorkingCalendar();
        services.AddSingleton<FeedbackRouter>();
        services.AddSingleton<CaseDeadlines>();
        services.AddScoped<CaseMail>();
        services.AddScoped<CaseWorkflow>();
        services.AddScoped<Reorganisation>();
        services.AddScoped<Anonymisation>();
        services.AddScoped<CaseMaintenance>();
        services.AddScoped<AnswerPublication>();
        services.AddScoped<SenderData>();
        services.AddScoped<Statistics.FeedbackStatistics>();
        services.AddHostedService<CaseMaintenanceService>();
        services.AddSearchSource<AnswerSearchSource>();

        services.Configure<RateLimiterOptions>(limiter =>
        {
            limiter.AddPolicy(SubmitRateLimit, context => PerClientAddress(context, TimeSpan.FromHours(1),
                context.RequestServices.GetRequiredService<FeedbackOptions>().SubmissionsPerIpPerHour));
            limiter.AddPolicy(LookupRateLimit, context => PerClientAddress(context, TimeSpan.FromMinutes(1), 60));
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(IntakePolicy, policy => policy.RequireRole(Roles.Coordinator, Roles.Administrator))
            .AddPolicy(HandlingPolicy, policy => policy.RequireRole(Roles.Coordinator, Roles.AgencyHandler, Roles.AgencyApprover))
            .AddPolicy(StatisticsPolicy, policy => policy.RequireRole(Roles.Coordinator, Roles.Administrator, Roles.AgencyHandler, Roles.AgencyApprover))
            .AddPolicy(PrivacyPolicy, policy => policy.RequireRole(Roles.Administrator));
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizePage("/Admin/Feedback/Intake", IntakePolicy);
            pages.Conventions.AuthorizePage("/Admin/Feedback/Receipt", IntakePolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Feedback/Cases", HandlingPolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Feedback/Statistics", StatisticsPolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Feedback/Privacy", PrivacyPolicy);
        });
        return services;
    }

    // Only posts count: reading the form or the tracking page is never limited.
    private static RateLimitPartition<string> PerClientAddress(HttpContext context, TimeSpan window, int permits) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");

    public static IEndpointRouteBuilder MapFeedback(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ChallengePath, (AltchaCaptcha altcha, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(altcha.CreateChallenge());
        });
        endpoints.MapOpen311();
        return endpoints;
    }
}
