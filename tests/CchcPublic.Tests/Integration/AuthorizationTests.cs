using System.Net;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class AuthorizationTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    private async Task<string[]> AdministratorRoutesAsync()
    {
        var agencyId = await site.DbAsync(db => db.Agencies.Where(a => a.Code == "SO-NOI-VU").Select(a => a.Id).SingleAsync());
        var userId = await site.DbAsync(db => db.Users.Select(u => u.Id).FirstAsync());
        return
        [
            "/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/tao", $"/quan-tri/nguoi-dung/{userId}",
            "/quan-tri/co-quan", "/quan-tri/co-quan/tao", $"/quan-tri/co-quan/{agencyId}", $"/quan-tri/co-quan/{agencyId}/giai-the",
            "/quan-tri/nhat-ky", "/quan-tri/cai-dat",
        ];
    }

    private static readonly string[] BackOfficeRoutes = ["/quan-tri", "/quan-tri/tai-khoan/xac-thuc-hai-buoc"];

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_back_office_route()
    {
        var client = site.Browser();
        foreach (var route in BackOfficeRoutes.Concat(await AdministratorRoutesAsync()))
        {
            var response = await client.GetAsync(route);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route} → {(int)response.StatusCode}");
            Assert.StartsWith("/quan-tri/dang-nhap", response.Location());
        }
    }

    [Fact]
    public async Task A_user_without_a_role_is_refused_everywhere_in_the_back_office()
    {
        await site.CreateUserAsync("khong.vai.tro@kiemthu.local", "mat-khau-dung-2026", []);
        var client = await site.SignedInAsync("khong.vai.tro@kiemthu.local", "mat-khau-dung-2026");
        foreach (var route in BackOfficeRoutes.Concat(await AdministratorRoutesAsync()))
        {
            var response = await client.GetAsync(route);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route} → {(int)response.StatusCode}");
            Assert.StartsWith("/quan-tri/tu-choi", response.Location());
        }
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Publisher)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.AgencyHandler)]
    public async Task Back_office_roles_other_than_administrator_reach_the_dashboard_but_not_administration(string role)
    {
        var email = $"{role.ToLowerInvariant()}.quyen@kiemthu.local";
        await site.CreateUserAsync(email, "mat-khau-dung-2026", [role], role == Roles.AgencyHandler ? "SO-TU-PHAP" : null);
        var client = await site.SignedInAsync(email, "mat-khau-dung-2026");

        foreach (var route in BackOfficeRoutes)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(route)).StatusCode);
        }
        foreach (var route in await AdministratorRoutesAsync())
        {
            var response = await client.GetAsync(route);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} {route} → {(int)response.StatusCode}");
            Assert.StartsWith("/quan-tri/tu-choi", response.Location());
        }
    }

    [Fact]
    public async Task Administrator_reaches_every_administration_route()
    {
        var client = await site.AdministratorAsync();
        foreach (var route in BackOfficeRoutes.Concat(await AdministratorRoutesAsync()))
        {
            var response = await client.GetAsync(route);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route} → {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Posting_to_administration_without_the_role_changes_nothing()
    {
        await site.CreateUserAsync("bien.tap.post@kiemthu.local", "mat-khau-dung-2026", [Roles.Editor]);
        var client = await site.SignedInAsync("bien.tap.post@kiemthu.local", "mat-khau-dung-2026");
        var token = Html.Antiforgery(await client.GetDocumentAsync("/quan-tri/tai-khoan/xac-thuc-hai-buoc"));

        var response = await client.PostAsync("/quan-tri/co-quan/tao", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Form.Code", "KHONG-DUOC"), new("Form.Name", "Không được tạo"),
            new("Form.ShortName", "Không được"), new("Form.Level", "Department"),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await site.DbAsync(db => db.Agencies.AnyAsync(a => a.Code == "KHONG-DUOC")));
    }
}

public sealed class AuthorizationTestsOnSqlite(SqliteSite site) : AuthorizationTests<SqliteSite>(site);

public sealed class AuthorizationTestsOnPostgres(PostgresSite site) : AuthorizationTests<PostgresSite>(site);
