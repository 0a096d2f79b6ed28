using System.Security.Claims;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Handling;

/// <summary>
/// Who is acting on cases and what they may see. The coordinating office sees every case; agency staff see only
/// the cases their agency holds now, and that limit is applied in every query (<see cref="Visible"/>).
/// </summary>
public sealed record CaseActor(string UserId, string Name, int? AgencyId, bool IsCoordinator, bool IsHandler, bool IsApprover, bool IsAdministrator)
{
    public bool IsAgencyStaff => (IsHandler || IsApprover) && AgencyId is not null;

    public bool HandlesCases => IsCoordinator || IsAgencyStaff;

    public IQueryable<FeedbackCase> Visible(IQueryable<FeedbackCase> cases) =>
        IsCoordinator ? cases
        : IsAgencyStaff ? cases.Where(c => c.HoldingAgencyId == AgencyId)
        : cases.Where(c => false);

    public bool CanSee(FeedbackCase feedback) => IsCoordinator || (IsAgencyStaff && feedback.HoldingAgencyId == AgencyId);

    /// <summary>Staff of the agency holding the case; the coordinators count as staff of the triage agency.</summary>
    public bool Holds(FeedbackCase feedback, int triageAgencyId) =>
        (IsAgencyStaff && feedback.HoldingAgencyId == AgencyId) || (IsCoordinator && feedback.HoldingAgencyId == triageAgencyId);

    public static async Task<CaseActor> FromAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var row = await db.Users.AsNoTracking().Where(u => u.Id == id && !u.IsDisabled)
            .Select(u => new { u.FullName, u.UserName, u.AgencyId }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new CaseActor(id, user.Identity?.Name ?? "", null, false, false, false, false);
        }
        return new CaseActor(id, string.IsNullOrWhiteSpace(row.FullName) ? row.UserName ?? "" : row.FullName, row.AgencyId,
            user.IsInRole(Roles.Coordinator), user.IsInRole(Roles.AgencyHandler), user.IsInRole(Roles.AgencyApprover),
            user.IsInRole(Roles.Administrator));
    }

    /// <summary>For work the system does by itself (deadline mails, retention, reorganisation).</summary>
    public static readonly CaseActor System = new("", "Hệ thống", null, false, false, false, false);
}
