using CchcPublic.Web.Feedback.Statistics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Admin.Feedback.Statistics;

/// <summary>The half-year report of Nghị định 20/2008 Art. 22, for any chosen period, laid out to print.</summary>
public sealed class ReportModel(FeedbackStatistics statistics) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu-ngay")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den-ngay")] public string? To { get; set; }

    public StatisticsResult Result { get; private set; } = null!;
    public FeedbackReport Report => Result.Report;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Result = await statistics.RunAsync(User, From, To, cancellationToken);
        if (Result.Error is not null)
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
