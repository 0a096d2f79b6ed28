using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcPublic.Web.Subscriptions;

public sealed class ConfirmModel(BulletinSubscriptions subscriptions) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "ma")] string? token, CancellationToken cancellationToken) =>
        Confirmed = token is { Length: > 0 } && await subscriptions.ConfirmAsync(token, cancellationToken);
}
