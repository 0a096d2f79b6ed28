using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Open311;

/// <summary>
/// Open311 GeoReport v2 server at /open311/v2/: the feedback categories as services, cases as service requests.
/// Reading needs no key and never returns personal data; posting needs an api_key from Cchc:Open311:ApiKeys.
/// Extensions: status_vi (Vietnamese status), status_code (detailed status), access_key (POST only).
/// </summary>
public static class Open311Endpoints
{
    public const string Prefix = "/open311/v2";

    public static void MapOpen311(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix);
        api.MapGet("/discovery.{format}", (string format, HttpContext context) => Respond(format, Discovery(context)));
        api.MapGet("/services.{format}", (string format, FeedbackSettings settings) => Respond(format, Services(settings)));
        api.MapGet("/services/{code}.{format}", async (string code, string format, FeedbackSettings settings, FeedbackFormOptions choices, CancellationToken ct) =>
            Respond(format, await ServiceDefinitionAsync(code, settings, choices, ct)));
        api.MapGet("/requests.{format}", async (string format, HttpContext context, Open311Requests requests, CancellationToken ct) =>
            Respond(format, await requests.ListAsync(context.Request.Query, ct)));
        api.MapGet("/requests/{id}.{format}", async (string id, string format, Open311Requests requests, CancellationToken ct) =>
            Respond(format, await requests.OneAsync(id, ct)));
        api.MapPost("/requests.{format}", async (string format, HttpContext context, Open311Requests requests, CancellationToken ct) =>
                Respond(format, await requests.CreateAsync(context, ct)))
            .RequireRateLimiting(FeedbackExtensions.SubmitRateLimit)
            .DisableAntiforgery();
    }

    private static IResult Respond(string format, Open311Response response)
    {
        format = format.ToLowerInvariant();
        return format is "json" or "xml"
            ? response.ToResult(format)
            : Open311Response.Errors(404, "Định dạng không được hỗ trợ; dùng .xml hoặc .json.").ToResult("json");
    }

    private static Open311Response Discovery(HttpContext context)
    {
        var url = $"{context.Request.Scheme}://{context.Request.Host}{Prefix}/";
        return new Open311Response(200, "discovery", "discovery", new Fields
        {
            ["changeset"] = "2026-11-26T00:00:00+07:00",
            ["contact"] = "Văn phòng UBND tỉnh Quảng Ngãi – đường dây nóng phản ánh, kiến nghị",
            ["key_service"] = "Liên hệ Văn phòng UBND tỉnh để được cấp api_key.",
            ["endpoints"] = new List<Fields>
            {
                new()
                {
                    ["specification"] = "http://wiki.open311.org/GeoReport_v2",
                    ["url"] = url,
                    ["changeset"] = "2026-11-26T00:00:00+07:00",
                    ["type"] = "production",
                    ["formats"] = new List<string> { "text/xml", "application/json" },
                },
            },
        });
    }

    private static Open311Response Services(FeedbackSettings settings) =>
        new(200, "services", "service", settings.Categories.Where(c => !c.IsComplaint).Select(c => new Fields
        {
            ["service_code"] = c.Code,
            ["service_name"] = c.Name,
            ["description"] = c.Description ?? "",
            ["metadata"] = true,
            ["type"] = "batch",
            ["keywords"] = "phản ánh, kiến nghị",
            ["group"] = "Phản ánh, kiến nghị về quy định hành chính",
        }).ToList());

    private static async Task<Open311Response> ServiceDefinitionAsync(string code, FeedbackSettings settings, FeedbackFormOptions choices, CancellationToken ct)
    {
        if (settings.Category(code) is not { IsComplaint: false } category)
        {
            return Open311Response.Errors(404, $"Không có lĩnh vực (service_code) '{code}'.");
        }
        await choices.LoadAsync(ct);
        var order = 0;
        Fields Attribute(string attributeCode, string datatype, bool required, string description, string datatypeDescription, List<Fields>? values = null)
        {
            var fields = new Fields
            {
                ["variable"] = true,
                ["code"] = attributeCode,
                ["datatype"] = datatype,
                ["required"] = required,
                ["datatype_description"] = datatypeDescription,
                ["order"] = ++order,
                ["description"] = description,
            };
            if (values is not null)
            {
                fields["values"] = values;
            }
            return fields;
        }
        var attributes = new List<Fields>
        {
            Attribute("title", "string", false, "Tiêu đề ngắn của phản ánh, kiến nghị", $"Tối đa {settings.TitleMaxLength} ký tự; mặc định là đầu nội dung."),
            Attribute("sender_address", "string", true, "Địa chỉ liên hệ của người gửi (Nghị định 20/2008, Điều 7)", "Tối đa 400 ký tự."),
            Attribute("organisation", "string", false, "Cơ quan, tổ chức của người gửi (nếu có)", "Tối đa 300 ký tự."),
            Attribute("agency", "singlevaluelist", false, "Cơ quan bị phản ánh hoặc liên quan", "Mã cơ quan; bỏ trống nếu không rõ.",
                choices.Agencies.Select(a => new Fields { ["key"] = a.Code, ["name"] = a.Name }).ToList()),
            Attribute("commune", "singlevaluelist", false, "Xã, phường nơi phát sinh", "Tên xã, phường; bỏ trống nếu không rõ.",
                choices.Communes.Select(c => new Fields { ["key"] = c, ["name"] = c }).ToList()),
            Attribute("consent", "singlevaluelist", true, "Người gửi đồng ý cho cơ quan xử lý dữ liệu cá nhân để tiếp nhận và trả lời (Nghị định 13/2023)",
                "Phải là 'true'.", [new Fields { ["key"] = "true", ["name"] = "Đồng ý" }]),
            Attribute("publish_answer", "singlevaluelist", false, "Người gửi đồng ý công khai câu trả lời (không công khai thông tin cá nhân)", "'true' hoặc 'false'.",
                [new Fields { ["key"] = "true", ["name"] = "Đồng ý" }, new Fields { ["key"] = "false", ["name"] = "Không đồng ý" }]),
        };
        if (category.AsksForProcedure)
        {
            attributes.Insert(1, Attribute("procedure", "string", false, "Tên thủ tục hành chính liên quan", "Tối đa 300 ký tự."));
        }
        return new Open311Response(200, "service_definition", "service_definition", new Fields
        {
            ["service_code"] = category.Code,
            ["attributes"] = attributes,
        });
    }
}
