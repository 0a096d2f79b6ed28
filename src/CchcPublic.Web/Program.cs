using CchcPublic.Web.Admin;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Content;
using CchcPublic.Web.Feedback;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Cli;
using CchcPublic.Web.Infrastructure.Mail;
using CchcPublic.Web.Infrastructure.Web;
using CchcPublic.Web.Public;
using CchcPublic.Web.Search;
using CchcPublic.Web.SiteConfig;
using CchcPublic.Web.Subscriptions;

// Pages and mails spell dates dd/MM/yyyy with slashes and numbers with their own formats; a server's LANG
// (de_DE would print 01.07.2026) must not change what people read.
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;

var builder = WebApplication.CreateBuilder(args);
builder.AddCchcInfrastructure();
builder.Services.AddSiteConfig();
builder.Services.AddAgencies();
builder.Services.AddBackOffice();
builder.Services.AddContent();
builder.Services.AddSubscriptions();
builder.Services.AddSearch();
builder.Services.AddPublicSite();
builder.Services.AddMailOutbox();
builder.Services.AddFeedback();

var app = builder.Build();
try
{
    if (CliVerbs.IsVerb(args))
    {
        return await CliVerbs.RunAsync(app, args);
    }
    await AppInitializer.InitializeAsync(app.Services);
}
catch (ConfigException error) when (!StartupBanner.IsTestHost(app))
{
    // An operator needs the file, the line and the problem, not a stack trace.
    Console.Error.WriteLine(error.Message);
    return 1;
}

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/loi/500");
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseStatusCodePagesWithReExecute("/loi/{0}");
app.UseSecurityHeaders();
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticAssets.CacheHeaders });
app.UseMediaFiles();
app.UseRouting();
// Cached public pages are answered right after routing: they are the same for everyone, and only pages
// marked [OutputCache] are ever stored. Cchc:OutputCache=false serves them fresh (to measure uncached speed).
if (app.Configuration.GetValue("Cchc:OutputCache", true))
{
    app.UseOutputCache();
}
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealth();
app.MapFeeds();
app.MapLedPlaylist();
app.MapFeedback();
app.MapSearch();
app.MapRazorPages();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();
return 0;

public partial class Program;
