using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Feedback;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class Open311Tests<TSite> : IClassFixture<TSite> where TSite : CchcFactory
{
    private const string ApiKey = "khoa-ung-dung-thu-nghiem-2026";
    private readonly TSite site;

    protected Open311Tests(TSite site)
    {
        this.site = site;
        site.Settings["Cchc:Open311:ApiKeys:ung-dung-thu"] = ApiKey;
        site.Settings["Cchc:Feedback:SubmissionsPerIpPerHour"] = "1000";
    }

    private static Dictionary<string, string> Request(string phone) => new()
    {
        ["api_key"] = ApiKey,
        ["service_code"] = "hanh-vi-can-bo",
        ["first_name"] = "Lê Văn",
        ["last_name"] = "Nam",
        ["phone"] = phone,
        ["email"] = $"nam{phone}@example.vn",
        ["description"] = "Cán bộ một cửa yêu cầu nộp thêm giấy tờ không có trong danh mục hồ sơ của thủ tục.",
        ["attribute[sender_address]"] = "Thôn 2, xã Nghĩa Hành",
        ["attribute[agency]"] = "SO-TU-PHAP",
        ["attribute[consent]"] = "true",
    };

    private static string NewPhone() => "08" + Random.Shared.Next(10_000_000, 99_999_999);

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(Dictionary<string, string> fields)
    {
        var response = await site.Browser().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(fields));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Discovery_and_services_list_the_categories_in_Vietnamese_in_JSON_and_XML()
    {
        var client = site.Browser();

        var discovery = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/discovery.json")).RootElement;
        var services = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/services.json")).RootElement;
        var xml = XDocument.Parse(await client.GetStringAsync("/open311/v2/services.xml"));

        Assert.Contains("application/json", discovery.GetProperty("endpoints")[0].GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        var codes = services.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()).ToList();
        Assert.Equal(["thu-tuc-hanh-chinh", "quy-dinh-hanh-chinh", "hanh-vi-can-bo", "khac"], codes);
        Assert.Equal("Thủ tục hành chính", services[0].GetProperty("service_name").GetString());
        Assert.True(services[0].GetProperty("metadata").GetBoolean());
        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.Equal(4, xml.Root.Elements("service").Count());
        Assert.Equal("Hành vi, thái độ của cán bộ, công chức", xml.Root.Elements("service").ElementAt(2).Element("service_name")!.Value);
    }

    [Fact]
    public async Task A_service_definition_offers_agencies_and_communes_as_single_value_lists()
    {
        var definition = JsonDocument.Parse(await site.Browser().GetStringAsync("/open311/v2/services/thu-tuc-hanh-chinh.json")).RootElement;
        var attributes = definition.GetProperty("attributes").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!);

        Assert.Equal("singlevaluelist", attributes["agency"].GetProperty("datatype").GetString());
        Assert.Contains(attributes["agency"].GetProperty("values").EnumerateArray(), v => v.GetProperty("key").GetString() == "SO-TU-PHAP");
        Assert.Equal("singlevaluelist", attributes["commune"].GetProperty("datatype").GetString());
        Assert.NotEmpty(attributes["commune"].GetProperty("values").EnumerateArray());
        Assert.True(attributes["consent"].GetProperty("required").GetBoolean());
        Assert.True(attributes.ContainsKey("procedure"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/open311/v2/services/khong-co.json")).StatusCode);
    }

    [Fact]
    public async Task Posting_with_a_bad_key_is_403_and_without_name_or_contact_is_400_in_Vietnamese()
    {
        var phone = NewPhone();
        var badKey = Request(phone);
        badKey["api_key"] = "sai";
        var (status, body) = await PostJsonAsync(badKey);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(403, body[0].GetProperty("code").GetInt32());

        var anonymous = Request(phone);
        anonymous.Remove("first_name");
        anonymous.Remove("last_name");
        anonymous.Remove("phone");
        anonymous.Remove("email");
        (status, body) = await PostJsonAsync(anonymous);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var description = body[0].GetProperty("description").GetString()!;
        Assert.Contains("họ và tên", description);
        Assert.Contains("số điện thoại hoặc email", description);
        Assert.False(await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Sender.Phone == phone)));
    }

    [Fact]
    public async Task A_posted_request_is_readable_by_id_in_both_formats_without_personal_data()
    {
        var phone = NewPhone();
        var (status, body) = await PostJsonAsync(Request(phone));
        Assert.Equal(HttpStatusCode.Created, status);
        var id = body[0].GetProperty("service_request_id").GetString()!;
        Assert.False(string.IsNullOrEmpty(body[0].GetProperty("access_key").GetString()));
        var stored = await site.DbAsync(db => db.FeedbackCases.Include(c => c.SubjectAgency).SingleAsync(c => c.Code == id));
        Assert.Equal(FeedbackChannel.Api, stored.Channel);
        Assert.Equal("ung-dung-thu", stored.ApiClient);
        Assert.Equal("SO-TU-PHAP", stored.SubjectAgency!.Code);
        Assert.Equal("Lê Văn Nam", stored.Sender.FullName);

        var client = site.Browser();
        var json = await client.GetStringAsync($"/open311/v2/requests/{id}.json");
        var request = JsonDocument.Parse(json).RootElement[0];
        Assert.Equal(id, request.GetProperty("service_request_id").GetString());
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("Đã tiếp nhận", request.GetProperty("status_vi").GetString());
        // Routing rule 1 (conduct of officials of a named department) gives the case to that department at once.
        Assert.Equal("Sở Tư pháp tỉnh Quảng Ngãi", request.GetProperty("agency_responsible").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$", request.GetProperty("requested_datetime").GetString()!);
        Assert.Equal(JsonValueKind.Null, request.GetProperty("expected_datetime").ValueKind);
        foreach (var personal in new[] { "Lê Văn", "Nam\"", phone, "@example.vn", "Nghĩa Hành" })
        {
            Assert.DoesNotContain(personal, json);
        }

        var xml = XDocument.Parse(await client.GetStringAsync($"/open311/v2/requests/{id}.xml"));
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        Assert.Equal(id, xml.Root.Element("request")!.Element("service_request_id")!.Value);
        Assert.Equal("Đã tiếp nhận", xml.Root.Element("request")!.Element("status_vi")!.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/open311/v2/requests/PAKN.20000101.9999.json")).StatusCode);
    }

    [Fact]
    public async Task Requests_can_be_listed_by_id_list_status_and_dates()
    {
        var (_, first) = await PostJsonAsync(Request(NewPhone()));
        var second = Request(NewPhone());
        second["service_code"] = "khac";
        var (_, other) = await PostJsonAsync(second);
        var a = first[0].GetProperty("service_request_id").GetString();
        var b = other[0].GetProperty("service_request_id").GetString();
        var client = site.Browser();

        var byIds = JsonDocument.Parse(await client.GetStringAsync($"/open311/v2/requests.json?service_request_id={a},{b}")).RootElement;
        var byCode = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/requests.json?service_code=khac&status=open")).RootElement;
        var closed = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/requests.json?status=closed")).RootElement;
        var badRange = await client.GetAsync("/open311/v2/requests.json?start_date=2026-01-01T00:00:00%2B07:00&end_date=2026-06-01T00:00:00%2B07:00");

        Assert.Equal(2, byIds.GetArrayLength());
        Assert.Contains(byCode.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == b);
        Assert.All(byCode.EnumerateArray(), r => Assert.Equal("khac", r.GetProperty("service_code").GetString()));
        Assert.DoesNotContain(closed.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == a);
        Assert.Equal(HttpStatusCode.BadRequest, badRange.StatusCode);
        Assert.Contains("90 ngày", await badRange.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Errors_come_in_the_requested_format()
    {
        var fields = Request(NewPhone());
        fields["api_key"] = "sai";

        var response = await site.Browser().PostAsync("/open311/v2/requests.xml", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("errors", xml.Root!.Name.LocalName);
        Assert.Equal("403", xml.Root.Element("error")!.Element("code")!.Value);
        Assert.Equal("api_key không hợp lệ.", xml.Root.Element("error")!.Element("description")!.Value);
    }
}

public sealed class Open311TestsOnSqlite(SqliteSite site) : Open311Tests<SqliteSite>(site);

public sealed class Open311TestsOnPostgres(PostgresSite site) : Open311Tests<PostgresSite>(site);
