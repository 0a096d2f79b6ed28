using CchcPublic.Web.Feedback.Statistics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Admin.Feedback.Statistics;

/// <summary>What the statistics page and the printable report share: the period in the query string and its figures.</summary>
public abstract class StatisticsPage(FeedbackStatistics statistics) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu-ngay")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den-ngay")] public string? To { get; set; }

    public StatisticsResult Result { get; private set; } = null!;
    public FeedbackReport Report => Result.Report;

    /// <summary>Computes the figures; a period that does not parse is explained and the default period shown, with 422.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Result = await statistics.RunAsync(User, From, To, cancellationToken);
        if (Result.Error is null)
            return true;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return false;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }
}
