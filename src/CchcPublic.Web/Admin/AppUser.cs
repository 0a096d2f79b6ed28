using CchcPublic.Web.Agencies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPublic.Web.Admin;

public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>The agency an AgencyHandler answers for; optional for other roles.</summary>
    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }

    public bool IsDisabled { get; set; }
    public DateTime CreatedUtc { get; set; }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.FullName).HasMaxLength(200);
        user.HasOne(u => u.Agency).WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
