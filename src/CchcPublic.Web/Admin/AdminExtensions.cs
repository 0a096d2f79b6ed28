using CchcPublic.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Admin;

public static class AdminExtensions
{
    public const string BackOfficePolicy = "BackOffice";
    public const string AdministratorPolicy = "Administrator";
    public const string ContentPolicy = "ContentWriters";

    public static IServiceCollection AddBackOffice(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 5;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>();

        // A disabled account or a role change takes effect within a minute on every node.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "cchc-auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/quan-tri/dang-nhap";
            cookie.LogoutPath = "/quan-tri/dang-xuat";
            cookie.AccessDeniedPath = "/quan-tri/tu-choi";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(BackOfficePolicy, policy => policy.RequireRole(Roles.All))
            .AddPolicy(AdministratorPolicy, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(ContentPolicy, policy => policy.RequireRole(Roles.Editor, Roles.Publisher, Roles.Administrator));

        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin", BackOfficePolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Users", AdministratorPolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Agencies", AdministratorPolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Audit", AdministratorPolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Settings", AdministratorPolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Content", ContentPolicy);
            pages.Conventions.AuthorizeFolder("/Admin/Media", ContentPolicy);
            pages.Conventions.AllowAnonymousToPage("/Admin/Account/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Admin/Account/SignInTwoFactor");
            pages.Conventions.AllowAnonymousToPage("/Admin/Account/Denied");
            pages.Conventions.AuthorizePage("/Admin/Account/TwoFactor");
            pages.Conventions.AuthorizePage("/Admin/Account/SignOut");
        });
        services.AddScoped<SecuritySettings>();
        services.AddMvcCore(mvc => mvc.Filters.Add(new TwoFactorRequirementFilter()));
        services.AddScoped<FirstAdministrator>();
        return services;
    }
}
