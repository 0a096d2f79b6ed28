using CchcPublic.Web.Feedback.Attachments;
using CchcPublic.Web.Feedback.Publication;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Handling;

/// <summary>
/// Removes a sender's personal data from a case (Nghị định 13/2023): identity, contact, files and anything in the
/// texts that names them. What the case was about and how it was handled stays, for statistics and history.
/// </summary>
public sealed class Anonymisation(AppDbContext db, AuditLog audit, TimeProvider clock, AttachmentStore store)
{
    public const string Placeholder = "[đã xóa]";

    /// <summary>Anonymises the cases in one commit; attachment files are deleted after it.</summary>
    public async Task<int> ApplyAsync(IReadOnlyList<FeedbackCase> cases, string reason, CaseActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = cases.Select(c => c.Id).ToList();
        var events = await db.FeedbackEvents.Where(e => ids.Contains(e.CaseId)).ToListAsync(cancellationToken);
        var files = await db.FeedbackAttachments.Where(a => ids.Contains(a.CaseId)).ToListAsync(cancellationToken);
        foreach (var feedback in cases.Where(c => c.AnonymisedUtc is null))
        {
            var sender = feedback.Sender;
            var known = new[] { sender.FullName, sender.Phone, sender.Email, sender.Address, sender.Organisation }
                .OfType<string>().Where(v => v.Length > 0 && v != Placeholder).ToList();
            string Clean(string text) => PersonalDataRedactor.Redact(text, known).Text;
            feedback.Title = Clean(feedback.Title);
            feedback.Content = Clean(feedback.Content);
            feedback.AnswerText = feedback.AnswerText is null ? null : Clean(feedback.AnswerText);
            feedback.AnswerDraft = feedback.AnswerDraft is null ? null : Clean(feedback.AnswerDraft);
            feedback.RatingComment = null;
            feedback.ProcedureName = feedback.ProcedureName is null ? null : Clean(feedback.ProcedureName);
            sender.FullName = Placeholder;
            sender.Address = Placeholder;
            sender.Phone = null;
            sender.Email = null;
            sender.Organisation = null;
            foreach (var entry in events.Where(e => e.CaseId == feedback.Id))
            {
                entry.InternalNote = entry.InternalNote is null ? null : Clean(entry.InternalNote);
                entry.PublicNote = entry.PublicNote is null ? null : Clean(entry.PublicNote);
            }
            feedback.AnonymisedUtc = now;
            feedback.UpdatedUtc = now;
            db.FeedbackEvents.Add(new FeedbackEvent
            {
                CaseId = feedback.Id, OccurredUtc = now, Type = FeedbackEventType.Anonymised, FromStatus = feedback.Status, ToStatus = feedback.Status,
                ActorUserId = actor.UserId.Length == 0 ? null : actor.UserId, ActorName = actor.Name, AgencyId = feedback.HoldingAgencyId,
                InternalNote = reason, IsPublic = false,
            });
            audit.Record("feedback.anonymised", nameof(FeedbackCase), feedback.Code, $"Xóa dữ liệu cá nhân của {feedback.Code}: {reason}",
                new { files = files.Count(f => f.CaseId == feedback.Id) });
        }
        var stored = files.Select(f => f.StoredName).ToList();
        db.FeedbackAttachments.RemoveRange(files);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var name in stored)
        {
            File.Delete(store.PathOf(name));
        }
        return cases.Count;
    }
}
