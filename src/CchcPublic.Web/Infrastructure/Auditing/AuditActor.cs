using System.Security.Claims;

namespace CchcPublic.Web.Infrastructure.Auditing;

/// <summary>Who is acting and from where: the signed-in user of the request, or the system.</summary>
public sealed class AuditActor(IHttpContextAccessor http)
{
    public const string SystemName = "Hệ thống";

    public (string? UserId, string UserName, string? Ip) Current()
    {
        var context = http.HttpContext;
        if (context is null)
        {
            return (null, SystemName, null);
        }
        var user = context.User;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? id ?? "" : "Khách";
        return (id, name, context.Connection.RemoteIpAddress?.ToString());
    }
}
