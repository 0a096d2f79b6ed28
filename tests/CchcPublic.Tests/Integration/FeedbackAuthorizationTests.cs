using System.Net;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Feedback;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

/// <summary>
/// Every feedback route of the back office × every role. "ok" is 200, "denied" a redirect to the refusal page,
/// "hidden" a 404: staff of another agency are not told that a case exists; "sign-in" the redirect to the sign-in page.
/// </summary>
public abstract class FeedbackAuthorizationTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    private const string Ok = "ok", Denied = "denied", Hidden = "hidden", SignIn = "sign-in";

    // (role, agency) of each kind of user; the case under test is held by SO-TU-PHAP.
    private static readonly (string Name, string Role, string? Agency)[] Users =
    [
        ("anonymous", "", null),
        ("admin", Roles.Administrator, null),
        ("editor", Roles.Editor, null),
        ("publisher", Roles.Publisher, null),
        ("coordinator", Roles.Coordinator, "VP-UBND"),
        ("handler-holder", Roles.AgencyHandler, "SO-TU-PHAP"),
        ("approver-holder", Roles.AgencyApprover, "SO-TU-PHAP"),
        ("handler-other", Roles.AgencyHandler, "SO-NN-MT"),
        ("approver-other", Roles.AgencyApprover, "SO-NN-MT"),
    ];

    private static readonly Dictionary<string, Dictionary<string, string>> Expected = new()
    {
        ["/quan-tri/phan-anh"] = new()
        {
            ["admin"] = Denied, ["editor"] = Denied, ["publisher"] = Denied, ["coordinator"] = Ok,
            ["handler-holder"] = Ok, ["approver-holder"] = Ok, ["handler-other"] = Ok, ["approver-other"] = Ok,
        },
        ["{case}"] = new()
        {
            ["admin"] = Denied, ["editor"] = Denied, ["publisher"] = Denied, ["coordinator"] = Ok,
            ["handler-holder"] = Ok, ["approver-holder"] = Ok, ["handler-other"] = Hidden, ["approver-other"] = Hidden,
        },
        ["{case}?handler=Sender"] = new()
        {
            ["admin"] = Denied, ["editor"] = Denied, ["publisher"] = Denied, ["coordinator"] = Ok,
            ["handler-holder"] = Ok, ["approver-holder"] = Ok, ["handler-other"] = Hidden, ["approver-other"] = Hidden,
        },
        ["/quan-tri/phan-anh/tiep-nhan"] = new()
        {
            ["admin"] = Ok, ["editor"] = Denied, ["publisher"] = Denied, ["coordinator"] = Ok,
            ["handler-holder"] = Denied, ["approver-holder"] = Denied, ["handler-other"] = Denied, ["approver-other"] = Denied,
        },
        ["/quan-tri/phan-anh/du-lieu-ca-nhan"] = new()
        {
            ["admin"] = Ok, ["editor"] = Denied, ["publisher"] = Denied, ["coordinator"] = Denied,
            ["handler-holder"] = Denied, ["approver-holder"] = Denied, ["handler-other"] = Denied, ["approver-other"] = Denied,
        },
        // Statistics: everyone who handles cases, each within what they may count (checked in FeedbackStatisticsTests).
        ["/quan-tri/thong-ke"] = Statistics,
        ["/quan-tri/thong-ke?handler=Csv"] = Statistics,
        ["/quan-tri/thong-ke?handler=Xlsx"] = Statistics,
        ["/quan-tri/thong-ke/bao-cao"] = Statistics,
        ["/hoi-dap"] = new()
        {
            ["anonymous"] = Ok, ["admin"] = Ok, ["editor"] = Ok, ["publisher"] = Ok, ["coordinator"] = Ok,
            ["handler-holder"] = Ok, ["approver-holder"] = Ok, ["handler-other"] = Ok, ["approver-other"] = Ok,
        },
    };

    private static Dictionary<string, string> Statistics => new()
    {
        ["admin"] = Ok, ["editor"] = Denied, ["publisher"] = Denied, ["coordinator"] = Ok,
        ["handler-holder"] = Ok, ["approver-holder"] = Ok, ["handler-other"] = Ok, ["approver-other"] = Ok,
    };

    [Fact]
    public async Task Every_feedback_route_answers_each_role_as_the_matrix_says()
    {
        var code = await site.SubmitAsync(CaseHelpers.Submission("Ma trận phân quyền", category: "hanh-vi-can-bo",
            subjectAgencyId: await site.AgencyIdAsync("SO-TU-PHAP")));
        var failures = new List<string>();
        foreach (var (name, role, agency) in Users)
        {
            var client = name switch
            {
                "anonymous" => site.Browser(),
                "admin" => await site.AdministratorAsync(),
                _ => await site.StaffAsync(role, agency, name.Replace("-", "", StringComparison.Ordinal)),
            };
            foreach (var (route, outcomes) in Expected)
            {
                var expected = outcomes.GetValueOrDefault(name, SignIn);
                var url = route.Replace("{case}", CaseHelpers.CaseUrl(code), StringComparison.Ordinal);
                var response = await client.GetAsync(url);
                var actual = response.StatusCode switch
                {
                    HttpStatusCode.OK => Ok,
                    HttpStatusCode.NotFound => Hidden,
                    HttpStatusCode.Redirect when response.Location().StartsWith("/quan-tri/tu-choi", StringComparison.Ordinal) => Denied,
                    HttpStatusCode.Redirect when response.Location().StartsWith("/quan-tri/dang-nhap", StringComparison.Ordinal) => SignIn,
                    _ => $"{(int)response.StatusCode} {response.Headers.Location}",
                };
                if (actual != expected)
                    failures.Add($"{name} GET {url}: {actual}, expected {expected}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Staff_of_another_agency_cannot_act_on_a_case_by_posting_to_it()
    {
        var code = await site.SubmitAsync(CaseHelpers.Submission("Thử chuyển trái phép", category: "hanh-vi-can-bo",
            subjectAgencyId: await site.AgencyIdAsync("SO-TU-PHAP")));
        var other = await site.StaffAsync(Roles.AgencyApprover, "SO-NN-MT", "khac");
        // A valid antiforgery token from a page this user may see, posted to a case they may not.
        var token = Html.Antiforgery(await other.GetDocumentAsync("/quan-tri/phan-anh"));

        var response = await other.PostAsync($"{CaseHelpers.CaseUrl(code)}?handler=Classify", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Classification", "NotAccepted"), new("Note", "Không tiếp nhận"),
        ]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var status = await site.DbAsync(db => db.FeedbackCases.Where(c => c.Code == code).Select(c => c.Status).SingleAsync());
        Assert.Equal(FeedbackStatus.Received, status);
    }
}

public sealed class FeedbackAuthorizationTestsOnSqlite(SqliteSite site) : FeedbackAuthorizationTests<SqliteSite>(site);

public sealed class FeedbackAuthorizationTestsOnPostgres(PostgresSite site) : FeedbackAuthorizationTests<PostgresSite>(site);
