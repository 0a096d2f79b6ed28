using CchcPublic.Web.Admin;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Content;
using CchcPublic.Web.Infrastructure.Jobs;
using CchcPublic.Web.Media;
using CchcPublic.Web.Subscriptions;
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
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<ContentRevision> ContentRevisions => Set<ContentRevision>();
    public DbSet<RevisionMedia> RevisionMedia => Set<RevisionMedia>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();
    public DbSet<PreviewLink> PreviewLinks => Set<PreviewLink>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<BulletinSubscriber> BulletinSubscribers => Set<BulletinSubscriber>();
    public DbSet<BulletinMailing> BulletinMailings => Set<BulletinMailing>();
    public DbSet<FeedbackCase> FeedbackCases => Set<FeedbackCase>();
    public DbSet<FeedbackAttachment> FeedbackAttachments => Set<FeedbackAttachment>();
    public DbSet<FeedbackEvent> FeedbackEvents => Set<FeedbackEvent>();
    public DbSet<FeedbackCodeCounter> FeedbackCodeCounters => Set<FeedbackCodeCounter>();
    public DbSet<Feedback.Publication.PublishedAnswer> PublishedAnswers => Set<Feedback.Publication.PublishedAnswer>();
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
        builder.ApplyConfiguration(new JobLeaseConfiguration());
        builder.ApplyConfiguration(new ContentItemConfiguration());
        var revisions = new ContentRevisionConfiguration();
        builder.ApplyConfiguration<ContentRevision>(revisions);
        builder.ApplyConfiguration<RevisionMedia>(revisions);
        var records = new ContentRecordsConfiguration();
        builder.ApplyConfiguration<SlugRedirect>(records);
        builder.ApplyConfiguration<ContentChange>(records);
        builder.ApplyConfiguration<PreviewLink>(records);
        builder.ApplyConfiguration(new MediaFileConfiguration());
        var subscriptions = new SubscriptionConfiguration();
        builder.ApplyConfiguration<BulletinSubscriber>(subscriptions);
        builder.ApplyConfiguration<BulletinMailing>(subscriptions);
        var feedback = new FeedbackConfiguration();
        builder.ApplyConfiguration<FeedbackCase>(feedback);
        builder.ApplyConfiguration<FeedbackAttachment>(feedback);
        builder.ApplyConfiguration<FeedbackEvent>(feedback);
        builder.ApplyConfiguration<FeedbackCodeCounter>(feedback);
        builder.ApplyConfiguration(new Feedback.Publication.PublishedAnswerConfiguration());
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
