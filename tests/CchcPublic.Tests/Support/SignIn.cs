using System.Net;
using Xunit;

namespace CchcPublic.Tests.Support;

public static class SignIn
{
    public static async Task<HttpClient> SignedInAsync(this CchcFactory site, string email, string password)
    {
        var client = site.Browser();
        var response = await client.PostFormAsync("/quan-tri/dang-nhap", [new("Form.Email", email), new("Form.Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpClient> AdministratorAsync(this CchcFactory site) =>
        site.SignedInAsync(CchcFactory.AdminEmail, CchcFactory.AdminPassword);
}
