using CchcPublic.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

/// <summary>The site configured for reCAPTCHA (v2 or v3) against a local siteverify.</summary>
public abstract class RecaptchaSite(int version) : IAsyncLifetime
{
    public FakeSiteVerify Verify { get; } = new();
    public SqliteSite Site { get; } = new();

    public async Task InitializeAsync()
    {
        Site.Settings["Cchc:Feedback:Captcha:Provider"] = "Recaptcha";
        Site.Settings["Cchc:Feedback:Captcha:Recaptcha:Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Site.Settings["Cchc:Feedback:Captcha:Recaptcha:SiteKey"] = "khoa-trang-kiem-thu";
        Site.Settings["Cchc:Feedback:Captcha:Recaptcha:SecretKey"] = FakeSiteVerify.Secret;
        Site.Settings["Cchc:Feedback:Captcha:Recaptcha:VerifyUrl"] = Verify.Url;
        await Site.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await Verify.DisposeAsync();
    }
}

public sealed class RecaptchaV2Site() : RecaptchaSite(2);

public sealed class RecaptchaV3Site() : RecaptchaSite(3);

public sealed class RecaptchaV2Tests(RecaptchaV2Site fixture) : IClassFixture<RecaptchaV2Site>
{
    [Fact]
    public async Task A_passed_checkbox_is_accepted_and_a_failed_one_is_refused_through_siteverify()
    {
        var client = fixture.Site.Browser();
        var form = await client.GetAsync(FeedbackForms.FormUrl);
        Assert.Contains("https://www.google.com/recaptcha/", form.Headers.GetValues("Content-Security-Policy").Single());
        Assert.NotNull((await form.ReadDocumentAsync()).QuerySelector(".g-recaptcha[data-sitekey='khoa-trang-kiem-thu']"));

        var fields = FeedbackForms.ValidFields("0977000111");
        fields["g-recaptcha-response"] = "sai";
        var refused = await (await client.SendAsync(fields, solve: false)).ReadDocumentAsync();
        Assert.Contains("xác minh chống thư rác", refused.QuerySelector("#Captcha-error")!.TextContent);

        fields["g-recaptcha-response"] = "tot";
        var (code, _, _) = await client.ReceiptAsync(await client.SendAsync(fields, solve: false));

        Assert.True(await fixture.Site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Code == code)));
        var call = fixture.Verify.Calls.Last();
        Assert.Equal(FakeSiteVerify.Secret, call["secret"]);
        Assert.Equal("127.0.0.1", call["remoteip"]);
    }
}

public sealed class RecaptchaV3Tests(RecaptchaV3Site fixture) : IClassFixture<RecaptchaV3Site>
{
    [Fact]
    public async Task A_low_v3_score_is_refused_and_a_good_one_accepted()
    {
        var client = fixture.Site.Browser();
        var fields = FeedbackForms.ValidFields("0977000222");

        fields["g-recaptcha-response"] = "diem-thap";
        var refused = await (await client.SendAsync(fields, solve: false)).ReadDocumentAsync();
        Assert.Contains("xác minh chống thư rác", refused.QuerySelector("#Captcha-error")!.TextContent);
        Assert.False(await fixture.Site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Sender.Phone == "0977000222")));

        fields["g-recaptcha-response"] = "tot";
        var (code, _, _) = await client.ReceiptAsync(await client.SendAsync(fields, solve: false));
        Assert.True(await fixture.Site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Code == code)));
    }
}
