using CchcPublic.Web.Admin;
using CchcPublic.Web.Infrastructure;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Mail;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Handling;

/// <summary>
/// The mails a case sends, queued in the caller's unit of work so they go out only if the change commits.
/// Staff mails carry the code and a link, never the sender's personal data.
/// </summary>
public sealed class CaseMail(AppDbContext db, MailOutbox outbox, SiteSettings site, FeedbackSettings settings, CchcOptions options, IHttpContextAccessor http)
{
    public const string CasePath = "/quan-tri/phan-anh/ho-so/";

    public async Task ToAgencyAsync(int agencyId, FeedbackCase feedback, string subject, string text, string purpose, CancellationToken cancellationToken)
    {
        foreach (var recipient in await AgencyRecipientsAsync(agencyId, null, cancellationToken))
        {
            outbox.Enqueue(recipient, $"{subject} – {feedback.Code}", StaffBody(feedback, text), purpose, feedback.Code);
        }
    }

    public async Task ToApproversAsync(int agencyId, FeedbackCase feedback, string subject, string text, CancellationToken cancellationToken)
    {
        foreach (var recipient in await AgencyRecipientsAsync(agencyId, Roles.AgencyApprover, cancellationToken))
        {
            outbox.Enqueue(recipient, $"{subject} – {feedback.Code}", StaffBody(feedback, text), "feedback.review", feedback.Code);
        }
    }

    public async Task ToCoordinatorsAsync(FeedbackCase feedback, string subject, string text, string purpose, CancellationToken cancellationToken)
    {
        var coordinators = await UsersInRoleAsync(Roles.Coordinator, cancellationToken);
        var triage = await db.Agencies.AsNoTracking().Where(a => a.Code == settings.TriageAgency || a.ReceivesFeedback)
            .Select(a => a.Email).FirstOrDefaultAsync(cancellationToken);
        foreach (var recipient in coordinators.Append(triage).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            outbox.Enqueue(recipient, $"{subject} – {feedback.Code}", StaffBody(feedback, text), purpose, feedback.Code);
        }
    }

    public async Task ToUserAsync(string? userId, FeedbackCase feedback, string subject, string text, string purpose, CancellationToken cancellationToken)
    {
        if (userId is null)
            return;
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled && u.Email != null)
            .Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (email is not null)
            outbox.Enqueue(email, $"{subject} – {feedback.Code}", StaffBody(feedback, text), purpose, feedback.Code);
    }

    /// <summary>To the sender, when they gave an email and their data has not been erased.</summary>
    public void ToSender(FeedbackCase feedback, string subject, string text, string purpose)
    {
        if (feedback.AnonymisedUtc is not null || feedback.Sender?.Email is not { Length: > 0 } email)
            return;
        outbox.Enqueue(email, $"{subject} – {feedback.Code}", $"""
            Kính gửi {feedback.Sender.FullName},

            {text}

            Mã hồ sơ: {feedback.Code}
            Tiêu đề:  {feedback.Title}

            Theo dõi hồ sơ tại {BaseUrl()}{FeedbackMessages.TrackPath} với mã hồ sơ và khóa tra cứu đã được cấp khi gửi.
            Đường dây nóng: {site.Hotline.Phone}

            Thư này được gửi tự động, vui lòng không trả lời thư này.
            """, purpose, feedback.Code);
    }

    private string StaffBody(FeedbackCase feedback, string text) => $"""
        {text}

        Mã hồ sơ:  {feedback.Code}
        Tiêu đề:   {feedback.Title}
        Lĩnh vực:  {settings.Category(feedback.Category)?.Name ?? feedback.Category}
        Trạng thái: {FeedbackText.Status(feedback.Status)}
        Hạn xử lý: {(CaseDeadlines.Running(feedback) is { } due ? due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "chưa xác định")}

        Xem và xử lý: {BaseUrl()}{CasePath}{feedback.Code}
        """;

    private async Task<IReadOnlyList<string>> AgencyRecipientsAsync(int agencyId, string? role, CancellationToken cancellationToken)
    {
        var roleNames = role is null ? Roles.AgencyBound : [role];
        var staff = await (from user in db.Users.AsNoTracking()
                           join link in db.UserRoles on user.Id equals link.UserId
                           join r in db.Roles on link.RoleId equals r.Id
                           where user.AgencyId == agencyId && !user.IsDisabled && user.Email != null && roleNames.Contains(r.Name!)
                           select user.Email!).Distinct().ToListAsync(cancellationToken);
        if (role is null)
        {
            var agencyMail = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Email).SingleOrDefaultAsync(cancellationToken);
            if (agencyMail is { Length: > 0 })
                staff.Add(agencyMail);
        }
        return staff.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private Task<List<string>> UsersInRoleAsync(string role, CancellationToken cancellationToken) =>
        (from user in db.Users.AsNoTracking()
         join link in db.UserRoles on user.Id equals link.UserId
         join r in db.Roles on link.RoleId equals r.Id
         where r.Name == role && !user.IsDisabled && user.Email != null
         select user.Email!).Distinct().ToListAsync(cancellationToken);

    private string BaseUrl() => options.PublicBase(http.HttpContext?.Request);
}
