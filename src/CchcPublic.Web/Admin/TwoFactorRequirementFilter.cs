using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Identity;

namespace CchcPublic.Web.Admin;

/// <summary>
/// Sends a signed-in user whose role requires two-factor authentication to the set-up page until they
/// have turned it on. Pages that must stay reachable meanwhile carry <see cref="AllowWithoutTwoFactorAttribute"/>.
/// </summary>
public sealed class TwoFactorRequirementFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var principal = context.HttpContext.User;
        if (principal.Identity?.IsAuthenticated != true ||
            context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutTwoFactorAttribute>().Any())
        {
            await next();
            return;
        }
        // Resolved only for signed-in people: public pages must not pay for Identity and a database context.
        var services = context.HttpContext.RequestServices;
        var required = await services.GetRequiredService<SecuritySettings>().RolesRequiringTwoFactorAsync(context.HttpContext.RequestAborted);
        if (required.Count > 0 && required.Any(principal.IsInRole))
        {
            var user = await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
            if (user is { TwoFactorEnabled: false })
            {
                context.Result = new RedirectToPageResult("/Admin/Account/TwoFactor", new { batBuoc = 1 });
                return;
            }
        }
        await next();
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
