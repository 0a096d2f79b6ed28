using System.Net;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class SignInTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    [Fact]
    public async Task First_administrator_signs_in_and_reaches_the_back_office()
    {
        var client = await site.AdministratorAsync();

        var page = await client.GetDocumentAsync("/quan-tri");

        Assert.Equal("Tổng quan", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(await site.DbAsync(db => db.AuditEntries.ToListAsync()),
            e => e.Action == "auth.signed-in" && e.UserName == CchcFactory.AdminEmail && e.IpAddress is not null);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        const string email = "khoa.tam@kiemthu.local";
        await site.CreateUserAsync(email, "mat-khau-dung-2026", [Roles.Editor]);
        var client = site.Browser();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await client.PostFormAsync("/quan-tri/dang-nhap", [new("Form.Email", email), new("Form.Password", "sai-mat-khau-" + attempt)]);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await client.PostFormAsync("/quan-tri/dang-nhap", [new("Form.Email", email), new("Form.Password", "mat-khau-dung-2026")]);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm thời bị khóa", (await right.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        var audit = await site.DbAsync(db => db.AuditEntries.Where(e => e.EntityId == email).Select(e => e.Action).ToListAsync());
        Assert.Contains("auth.locked-out", audit);
        Assert.Equal(4, audit.Count(a => a == "auth.sign-in-failed"));
    }

    [Fact]
    public async Task Wrong_password_gets_a_Vietnamese_message_that_reveals_nothing()
    {
        var response = await site.Browser().PostFormAsync("/quan-tri/dang-nhap",
            [new("Form.Email", "khong-co@kiemthu.local"), new("Form.Password", "bat-ky-2026")]);

        Assert.Equal("Email hoặc mật khẩu không đúng.", (await response.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Empty_sign_in_form_shows_field_errors()
    {
        var response = await site.Browser().PostFormAsync("/quan-tri/dang-nhap", [new("Form.Email", ""), new("Form.Password", "")]);

        var page = await response.ReadDocumentAsync();
        Assert.Equal("Vui lòng nhập email.", page.QuerySelector("#Form_Email-error")!.TextContent);
        Assert.Equal("Vui lòng nhập mật khẩu.", page.QuerySelector("#Form_Password-error")!.TextContent);
    }

    [Fact]
    public async Task Disabled_account_cannot_sign_in()
    {
        const string email = "vo.hieu@kiemthu.local";
        var user = await site.CreateUserAsync(email, "mat-khau-dung-2026", [Roles.Publisher]);
        var admin = await site.AdministratorAsync();
        var disable = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{user.Id}", [], $"/quan-tri/nguoi-dung/{user.Id}?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        var response = await site.Browser().PostFormAsync("/quan-tri/dang-nhap", [new("Form.Email", email), new("Form.Password", "mat-khau-dung-2026")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await site.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.IsDisabled).SingleAsync()));
        Assert.Contains(await site.DbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()), a => a == "user.disabled");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await site.AdministratorAsync();

        var signOut = await client.PostFormAsync("/quan-tri", [], "/quan-tri/dang-xuat");
        var after = await client.GetAsync("/quan-tri");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/quan-tri/dang-nhap", after.Location());
    }
}

public sealed class SignInTestsOnSqlite(SqliteSite site) : SignInTests<SqliteSite>(site);

public sealed class SignInTestsOnPostgres(PostgresSite site) : SignInTests<PostgresSite>(site);
