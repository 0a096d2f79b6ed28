using System.Globalization;
using System.Net;
using System.Text;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class UserTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    [Fact]
    public async Task Administrator_creates_an_agency_handler_bound_to_an_agency()
    {
        var admin = await site.AdministratorAsync();
        var agency = await site.DbAsync(db => db.Agencies.Where(a => a.Code == "SO-TU-PHAP").Select(a => a.Id).SingleAsync());

        var response = await admin.PostFormAsync("/quan-tri/nguoi-dung/tao",
        [
            new("Form.Email", "can.bo@kiemthu.local"), new("Form.FullName", "Nguyễn Thị Hoà".Normalize(NormalizationForm.FormD)),
            new("Form.Roles", Roles.AgencyHandler), new("Form.AgencyId", agency.ToString(CultureInfo.InvariantCulture)),
            new("Form.Password", "mat-khau-ban-dau-2026"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await site.DbAsync(db => db.Users.SingleAsync(u => u.Email == "can.bo@kiemthu.local"));
        Assert.Equal("Nguyễn Thị Hoà", user.FullName);
        Assert.Equal(agency, user.AgencyId);
        Assert.Contains(await site.DbAsync(db => db.AuditEntries.ToListAsync()), e => e.Action == "user.created" && e.EntityId == "can.bo@kiemthu.local");
        Assert.Equal(HttpStatusCode.Redirect, (await site.Browser().PostFormAsync("/quan-tri/dang-nhap",
            [new("Form.Email", "can.bo@kiemthu.local"), new("Form.Password", "mat-khau-ban-dau-2026")])).StatusCode);
    }

    [Fact]
    public async Task An_agency_handler_without_an_agency_and_a_weak_password_are_refused()
    {
        var admin = await site.AdministratorAsync();

        var response = await admin.PostFormAsync("/quan-tri/nguoi-dung/tao",
        [
            new("Form.Email", "thieu.co.quan@kiemthu.local"), new("Form.FullName", "Trần Văn B"),
            new("Form.Roles", Roles.AgencyHandler), new("Form.AgencyId", ""), new("Form.Password", "ngan"),
        ]);

        var page = await response.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cán bộ xử lý của cơ quan phải thuộc một cơ quan.", page.QuerySelector("#Form_AgencyId-error")!.TextContent);
        Assert.False(await site.DbAsync(db => db.Users.AnyAsync(u => u.Email == "thieu.co.quan@kiemthu.local")));
    }

    [Fact]
    public async Task Mandatory_two_factor_sends_the_role_to_set_up_an_authenticator_then_asks_for_codes()
    {
        const string email = "duyet.2fa@kiemthu.local";
        const string password = "mat-khau-dung-2026";
        await site.CreateUserAsync(email, password, [Roles.Publisher]);
        var admin = await site.AdministratorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/quan-tri/cai-dat", [new("RequireTwoFactorRoles", Roles.Publisher)])).StatusCode);

        var publisher = await site.SignedInAsync(email, password);
        var blocked = await publisher.GetAsync("/quan-tri");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.StartsWith("/quan-tri/tai-khoan/xac-thuc-hai-buoc", blocked.Location());

        var setup = await publisher.GetDocumentAsync("/quan-tri/tai-khoan/xac-thuc-hai-buoc");
        var key = setup.QuerySelector("code.key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector("img.qr")!.GetAttribute("src"));
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var enable = await publisher.PostAsync("/quan-tri/tai-khoan/xac-thuc-hai-buoc?handler=Enable", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Html.Antiforgery(setup)), new("Code", totp.ComputeTotp())]));
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        var recoveryCodes = (await enable.ReadDocumentAsync()).QuerySelectorAll(".codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(8, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await publisher.GetAsync("/quan-tri")).StatusCode);

        var next = site.Browser();
        var first = await next.PostFormAsync("/quan-tri/dang-nhap", [new("Form.Email", email), new("Form.Password", password)]);
        Assert.StartsWith("/quan-tri/dang-nhap/xac-thuc", first.Location());
        var second = await next.PostFormAsync("/quan-tri/dang-nhap/xac-thuc", [new("Code", totp.ComputeTotp())]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/quan-tri")).StatusCode);
        Assert.Contains(await site.DbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()), a => a == "user.2fa-enabled");

        var withoutPhone = site.Browser();
        await withoutPhone.PostFormAsync("/quan-tri/dang-nhap", [new("Form.Email", email), new("Form.Password", password)]);
        var recovered = await withoutPhone.PostFormAsync("/quan-tri/dang-nhap/xac-thuc", [new("Code", recoveryCodes[0])]);
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        var reused = site.Browser();
        await reused.PostFormAsync("/quan-tri/dang-nhap", [new("Form.Email", email), new("Form.Password", password)]);
        var again = await reused.PostFormAsync("/quan-tri/dang-nhap/xac-thuc", [new("Code", recoveryCodes[0])]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task User_list_filters_by_role_and_keeps_the_filter_in_the_address()
    {
        await site.CreateUserAsync("dieu.phoi@kiemthu.local", "mat-khau-dung-2026", [Roles.Coordinator]);
        var admin = await site.AdministratorAsync();

        var page = await admin.GetDocumentAsync("/quan-tri/nguoi-dung?vai-tro=Coordinator");

        var emails = page.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        Assert.Contains("dieu.phoi@kiemthu.local", emails);
        Assert.DoesNotContain(CchcFactory.AdminEmail, emails);
    }
}

public sealed class UserTestsOnSqlite(SqliteSite site) : UserTests<SqliteSite>(site);

public sealed class UserTestsOnPostgres(PostgresSite site) : UserTests<PostgresSite>(site);
