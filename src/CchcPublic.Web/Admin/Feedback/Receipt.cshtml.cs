using CchcPublic.Web.Feedback;
using CchcPublic.Web.Infrastructure.Auditing;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Feedback;

/// <summary>The receipt an official reads out or sends to the person; it shows the sender's details, so each view is logged.</summary>
public sealed class ReceiptModel(AppDbContext db, FeedbackSettings settings, AuditLog audit) : PageModel
{
    public ReceiptView? Receipt { get; private set; }
    public FeedbackSender? Sender { get; private set; }
    public string? ReceivedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? ma, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Receipt = await ReceiptPageModel.LoadAsync(db, settings, ma, TempData[IntakeModel.ReceiptKey] as string, ct);
        if (Receipt is null)
        {
            return NotFound();
        }
        var row = await db.FeedbackCases.AsNoTracking().Where(c => c.Code == Receipt.Code)
            .Select(c => new { c.Sender, c.ReceivedByName }).SingleAsync(ct);
        Sender = row.Sender;
        ReceivedBy = row.ReceivedByName;
        audit.Record("feedback.sender-viewed", nameof(FeedbackCase), Receipt.Code,
            $"Xem thông tin người gửi của {Receipt.Code} (biên nhận tiếp nhận)");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
