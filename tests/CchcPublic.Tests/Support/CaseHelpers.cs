using System.Net;
using AngleSharp.Dom;
using CchcPublic.Web.Feedback.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CchcPublic.Tests.Support;

/// <summary>Cases created through the real intake service, and staff acting on them through the real pages.</summary>
public static class CaseHelpers
{
    public const string Password = "xu-ly-pakn-2026-abc";

    public static FeedbackSubmission Submission(string title, string category = "thu-tuc-hanh-chinh", string? procedure = null,
        string? commune = null, int? subjectAgencyId = null, string? email = null, bool publish = true, string? content = null) => new()
    {
        Category = category,
        ProcedureName = procedure,
        Commune = commune,
        SubjectAgencyId = subjectAgencyId,
        Title = title,
        Content = content ?? $"{title}. Tôi là Trần Văn Bình, điện thoại 0941.121.279, đã nộp hồ sơ nhưng quá hạn chưa được trả kết quả.",
        FullName = "Trần Văn Bình",
        Address = "Thôn An Hòa, xã Nghĩa Kỳ",
        Phone = "09" + Random.Shared.Next(10_000_000, 99_999_999),
        Email = email ?? $"nguoigui{Guid.NewGuid():N}"[..18] + "@kiemthu.local",
        Consent = true,
        AllowPublishAnswer = publish,
        NotAComplaint = true,
    };

    public static async Task<string> SubmitAsync(this CchcFactory site, FeedbackSubmission submission)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<FeedbackIntake>().SubmitAsync(submission);
        Assert.True(result.Code is not null, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
        return result.Code!;
    }

    public static Task<int> AgencyIdAsync(this CchcFactory site, string code) =>
        site.DbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    public static async Task<HttpClient> StaffAsync(this CchcFactory site, string role, string? agencyCode, string prefix = "canbo")
    {
        var email = $"{prefix}{Guid.NewGuid():N}"[..18] + "@kiemthu.local";
        await site.CreateUserAsync(email, Password, [role], agencyCode);
        return await site.SignedInAsync(email, Password);
    }

    public static string CaseUrl(string code) => $"/quan-tri/phan-anh/ho-so/{code}";

    /// <summary>Posts one of the case page's forms; returns the response (302 when done, 422 with the reason when refused).</summary>
    public static async Task<HttpResponseMessage> ActAsync(this HttpClient client, string code, string handler, params (string Key, string Value)[] fields)
    {
        var page = await client.GetDocumentAsync(CaseUrl(code));
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("__RequestVerificationToken", Html.Antiforgery(page)));
        return await client.PostAsync($"{CaseUrl(code)}?handler={handler}", new FormUrlEncodedContent(all));
    }

    public static async Task DoAsync(this HttpClient client, string code, string handler, params (string Key, string Value)[] fields)
    {
        var response = await client.ActAsync(code, handler, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await response.ReadDocumentAsync();
            Assert.Fail($"{handler} was refused ({(int)response.StatusCode}): {page.QuerySelector(".error-summary")?.TextContent.Trim()}");
        }
    }

    public static async Task<string> RefusalAsync(this HttpClient client, string code, string handler, params (string Key, string Value)[] fields)
    {
        var response = await client.ActAsync(code, handler, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        IDocument page = await response.ReadDocumentAsync();
        return page.QuerySelector(".error-summary")!.TextContent.Trim();
    }
}
