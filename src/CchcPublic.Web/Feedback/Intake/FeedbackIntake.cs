using CchcPublic.Web.Feedback.Attachments;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Mail;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Intake;

/// <summary>
/// Receives a case from any channel. The answer "received, here is your code" is given only after the case,
/// its history, its audit entry and its receipt mail are committed together; files follow the commit.
/// </summary>
public sealed class FeedbackIntake(
    AppDbContext db, AuditLog audit, TimeProvider clock, FeedbackValidator validator, AttachmentStore store,
    MailOutbox mail, FeedbackMessages messages, FeedbackOptions options, FeedbackSettings settings,
    Handling.FeedbackRouter router, Handling.CaseDeadlines deadlines)
{
    public async Task<IntakeResult> SubmitAsync(FeedbackSubmission submission, CancellationToken cancellationToken = default)
    {
        var errors = validator.Validate(submission);
        if (submission.SubjectAgencyId is { } agencyId && !await IsCurrentAgencyAsync(agencyId, cancellationToken))
            errors.TryAdd(nameof(submission.SubjectAgencyId), "Cơ quan đã chọn không có trong danh mục hiện hành.");
        if (errors.Count > 0)
        {
            return IntakeResult.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var phone = FeedbackValidator.NormalizePhone(submission.Phone);
        var email = FeedbackValidator.NormalizeEmail(submission.Email);
        var title = submission.Title!.Trim();
        var content = submission.Content!.Trim();
        var fingerprint = TextFolding.Fingerprint(title, content);
        var since = now.AddHours(-24);
        // One look at the sender's last 24 hours answers both questions: sent this already? sent too much?
        var recent = await db.FeedbackCases.AsNoTracking()
            .Where(c => c.ReceivedUtc >= since && ((phone != null && c.Sender.Phone == phone) || (email != null && c.Sender.Email == email)))
            .OrderBy(c => c.ReceivedUtc)
            .Select(c => new { c.Code, c.ReceivedUtc, c.ContentFingerprint })
            .Take(options.SubmissionsPerContactPerDay + 50)
            .ToListAsync(cancellationToken);
        if (recent.FirstOrDefault(c => c.ContentFingerprint == fingerprint) is { } duplicate)
        {
            return new IntakeResult(null, null, new Dictionary<string, string>(), new DuplicateCase(duplicate.Code, duplicate.ReceivedUtc));
        }
        if (submission.Channel is FeedbackChannel.Web or FeedbackChannel.Api && recent.Count >= options.SubmissionsPerContactPerDay)
        {
            return IntakeResult.Invalid(new Dictionary<string, string>
            {
                [phone is not null ? nameof(submission.Phone) : nameof(submission.Email)] =
                    $"Số điện thoại hoặc email này đã gửi {options.SubmissionsPerContactPerDay} phản ánh, kiến nghị trong 24 giờ qua. Vui lòng gửi lại sau hoặc gọi đường dây nóng.",
            });
        }

        var (files, fileError) = AttachmentPreparer.Prepare(submission.Files, options.MaxAttachments, options.MaxAttachmentBytes);
        if (fileError is not null)
        {
            return IntakeResult.Invalid(new Dictionary<string, string> { [nameof(submission.Files)] = fileError });
        }

        var staged = new List<string>();
        try
        {
            var attachments = new List<FeedbackAttachment>();
            foreach (var file in files)
            {
                var storedName = await store.StageAsync(file.Content, file.Inspected.Extension, cancellationToken);
                staged.Add(storedName);
                attachments.Add(new FeedbackAttachment
                {
                    FileName = file.FileName,
                    StoredName = storedName,
                    ContentType = file.Inspected.ContentType,
                    Length = file.Content.Length,
                    Sha256 = file.Sha256,
                });
            }
            var key = AccessKeys.Create();
            var today = VnTime.ToLocalDate(now);
            var routing = router.Route(
                new Handling.RoutingRequest(submission.Category!, submission.SubjectAgencyId, Blank(submission.Commune), Blank(submission.ProcedureName), title),
                await CurrentAgenciesAsync(today, cancellationToken));
            int? holding = routing.AgencyId;
            string code;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                code = await NextCodeAsync(now, cancellationToken);
                var received = new FeedbackEvent
                {
                    OccurredUtc = now,
                    Type = FeedbackEventType.Received,
                    ToStatus = FeedbackStatus.Received,
                    ActorUserId = submission.ReceivedByUserId,
                    ActorName = submission.ReceivedByName ?? submission.ApiClient ?? "Người gửi",
                    AgencyId = holding,
                    AgencyName = routing.AgencyName,
                    PublicNote = $"Tiếp nhận qua {FeedbackText.Channel(submission.Channel).ToLowerInvariant()}; chuyển {routing.AgencyName} xem xét.",
                    InternalNote = routing.Explanation,
                };
                var feedback = new FeedbackCase
                {
                    Code = code,
                    AccessKeyHash = AccessKeys.Hash(key),
                    Category = submission.Category!,
                    ProcedureName = Blank(submission.ProcedureName),
                    SubjectAgencyId = submission.SubjectAgencyId,
                    Commune = Blank(submission.Commune),
                    Title = title,
                    Content = content,
                    Channel = submission.Channel,
                    ReceivedByUserId = submission.ReceivedByUserId,
                    ReceivedByName = submission.ReceivedByName,
                    ApiClient = submission.ApiClient,
                    ReceivedUtc = now,
                    UpdatedUtc = now,
                    Status = FeedbackStatus.Received,
                    HoldingAgencyId = holding,
                    RoutingExplanation = routing.Explanation,
                    ForwardDueDate = deadlines.ForwardDue(submission.Category!, today),
                    ConsentToProcessing = submission.Consent,
                    ConsentUtc = submission.Consent ? now : null,
                    AllowPublishAnswer = submission.AllowPublishAnswer,
                    ContentFingerprint = fingerprint,
                    Sender = new FeedbackSender
                    {
                        FullName = submission.FullName!.Trim(),
                        Address = submission.Address!.Trim(),
                        Phone = phone,
                        Email = email,
                        Organisation = Blank(submission.Organisation),
                    },
                    Events = [received],
                };
                foreach (var attachment in attachments)
                {
                    attachment.Event = received;
                    feedback.Attachments.Add(attachment);
                }
                db.FeedbackCases.Add(feedback);
                audit.Record("feedback.received", nameof(FeedbackCase), code,
                    $"Tiếp nhận {code} qua {FeedbackText.Channel(submission.Channel).ToLowerInvariant()}",
                    new { submission.Category, channel = submission.Channel.ToString(), attachments = attachments.Count, submission.ApiClient });
                if (email is not null)
                {
                    mail.Enqueue(email, messages.ReceiptSubject(code), messages.ReceiptBody(feedback, key), "feedback.receipt", code);
                }
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            store.Publish(staged);
            return new IntakeResult(code, key, new Dictionary<string, string>(), null);
        }
        catch
        {
            db.ChangeTracker.Clear();
            store.Discard(staged);
            throw;
        }
    }

    private async Task<string> NextCodeAsync(DateTime now, CancellationToken cancellationToken)
    {
        var day = VnTime.ToLocal(now).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        // One atomic statement on both providers: concurrent senders each get their own number.
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "FeedbackCodeCounters" ("Day", "Last") VALUES ({day}, 1)
            ON CONFLICT ("Day") DO UPDATE SET "Last" = "FeedbackCodeCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return $"PAKN.{day}.{numbers[0]:D4}";
    }

    private Task<bool> IsCurrentAgencyAsync(int id, CancellationToken cancellationToken)
    {
        var today = VnTime.Today(clock);
        return db.Agencies.AnyAsync(a => a.Id == id && (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidTo == null || a.ValidTo >= today), cancellationToken);
    }

    private Task<List<Agencies.Agency>> CurrentAgenciesAsync(DateOnly today, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking()
            .Where(a => (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidTo == null || a.ValidTo >= today))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public FeedbackSettings Settings => settings;
}
