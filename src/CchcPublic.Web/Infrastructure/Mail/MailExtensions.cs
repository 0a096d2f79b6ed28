namespace CchcPublic.Web.Infrastructure.Mail;

public static class MailExtensions
{
    public static IServiceCollection AddMailOutbox(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions());
        services.AddScoped<MailOutbox>();
        services.AddSingleton<OutboxMailSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxMailSender>());
        return services;
    }
}
