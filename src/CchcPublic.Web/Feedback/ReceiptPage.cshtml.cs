using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.SiteConfig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback;

public sealed record ReceiptView(string Code, string? AccessKey, string Title, string CategoryName, FeedbackChannel Channel, DateTime ReceivedUtc, int Attachments, bool MailSent);

/// <summary>
/// The receipt after sending. The access key arrives through TempData (encrypted, read once), so it is shown
/// exactly once; reloading the page shows the code only.
/// </summary>
public sealed class ReceiptPageModel(AppDbContext db, FeedbackSettings settings) : PageModel
{
    public ReceiptView? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? ma, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Receipt = await LoadAsync(db, settings, ma, TempData[SendFeedbackModel.ReceiptKey] as string, cancellationToken);
        return Receipt is null ? NotFound() : Page();
    }

    public static async Task<ReceiptView?> LoadAsync(AppDbContext db, FeedbackSettings settings, string? code, string? once, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var row = await db.FeedbackCases.AsNoTracking().Where(c => c.Code == code)
            .Select(c => new { c.Code, c.Title, c.Category, c.Channel, c.ReceivedUtc, Files = c.Attachments.Count, HasEmail = c.Sender.Email != null })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var key = once?.Split('|') is [var onceCode, var onceKey] && onceCode == row.Code ? onceKey : null;
        return new ReceiptView(row.Code, key, row.Title, settings.Category(row.Category)?.Name ?? row.Category, row.Channel, row.ReceivedUtc, row.Files, row.HasEmail);
    }
}
