using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Subscriptions;

/// <summary>One click from the mail is enough: the link itself unsubscribes.</summary>
public sealed class UnsubscribeModel(BulletinSubscriptions subscriptions) : PageModel
{
    public bool Done { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "ma")] string? token, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        Done = token is { Length: > 0 } && await subscriptions.UnsubscribeAsync(token, cancellationToken);
    }
}
