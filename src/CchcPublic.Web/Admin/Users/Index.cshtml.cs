using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Admin.Users;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "vai-tro")] public string? Role { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang-thai")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int? PageNumber { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public sealed record Row(string Id, string Email, string FullName, string? Agency, bool Disabled, bool LockedOut, bool TwoFactor, List<string> Roles);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (Query is { Length: > 0 } q)
        {
            var term = q.Trim().ToLowerInvariant();
            var upper = term.ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(upper) || u.FullName.ToLower().Contains(term));
        }
        if (Role is { Length: > 0 } role && Roles.All.Contains(role))
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(cancellationToken);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }
        users = Status switch
        {
            "hoat-dong" => users.Where(u => !u.IsDisabled),
            "vo-hieu" => users.Where(u => u.IsDisabled),
            _ => users,
        };
        var page = Pager.Clamp(PageNumber);
        var total = await users.CountAsync(cancellationToken);
        Pager = new Pager(Request, page, PageSize, total);
        var rows = await users.OrderBy(u => u.Email)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id, u.Email, u.FullName, Agency = u.Agency!.ShortName, u.IsDisabled, u.LockoutEnd, u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        Rows = rows.Select(u => new Row(u.Id, u.Email ?? "", u.FullName, u.Agency, u.IsDisabled,
            u.LockoutEnd > now, u.TwoFactorEnabled, u.Roles)).ToList();
    }
}
