namespace CchcPublic.Web.Agencies;

public static class AgenciesExtensions
{
    public static IServiceCollection AddAgencies(this IServiceCollection services) => services
        .AddScoped<AgencyConfigSync>()
        .AddScoped<AgencyDirectory>()
        .AddScoped<AgencyRetirement>();
}
