using CchcPublic.Web.Admin;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Feedback;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CchcPublic.Web.Infrastructure.Data;

/// <summary>The one model. Each provider derives a thin context only so it can keep its own migrations.</summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<AgencySuccession> AgencySuccessions => Set<AgencySuccession>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<FeedbackCase> FeedbackCases => Set<FeedbackCase>();
    public DbSet<FeedbackAttachment> FeedbackAttachments => Set<FeedbackAttachment>();
    public DbSet<FeedbackEvent> FeedbackEvents => Set<FeedbackEvent>();
    public DbSet<FeedbackCodeCounter> FeedbackCodeCounters => Set<FeedbackCodeCounter>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var agencies = new AgencyConfiguration();
        builder.ApplyConfiguration<Agency>(agencies);
        builder.ApplyConfiguration<AgencySuccession>(agencies);
        builder.ApplyConfiguration(new AppUserConfiguration());
        builder.ApplyConfiguration(new SettingConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        var feedback = new FeedbackConfiguration();
        builder.ApplyConfiguration<FeedbackCase>(feedback);
        builder.ApplyConfiguration<FeedbackAttachment>(feedback);
        builder.ApplyConfiguration<FeedbackEvent>(feedback);
        builder.ApplyConfiguration<FeedbackCodeCounter>(feedback);
        builder.ApplyConfiguration(new OutboxMailConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Everything is stored in UTC; SQLite forgets the Kind and Npgsql refuses anything else.
        configuration.Properties<DateTime>().HaveConversion<UtcConverter>();
        configuration.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
