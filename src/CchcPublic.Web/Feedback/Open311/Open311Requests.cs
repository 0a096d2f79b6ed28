using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.Infrastructure.Data;
using CchcPublic.Web.Infrastructure.Text;
using CchcPublic.Web.SiteConfig;
using Microsoft.EntityFrameworkCore;

namespace CchcPublic.Web.Feedback.Open311;

/// <summary>Service requests of the Open311 API: create with an api_key, read without personal data.</summary>
public sealed class Open311Requests(
    AppDbContext db, FeedbackIntake intake, FeedbackSettings settings, Open311Options open311, TimeProvider clock)
{
    private const int MaxResults = 1000;

    public async Task<Open311Response> CreateAsync(HttpContext context, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return Open311Response.Errors(400, "Yêu cầu phải gửi dạng application/x-www-form-urlencoded.");
        }
        var form = await context.Request.ReadFormAsync(ct);
        string? Field(string name) => form.TryGetValue(name, out var value) && value.Count > 0 && !string.IsNullOrWhiteSpace(value[0]) ? Nfc.Normalize(value[0]!.Trim()) : null;
        var client = ClientFor(Field("api_key"));
        if (client is null)
        {
            return Open311Response.Errors(403, "api_key không hợp lệ.");
        }
        var serviceCode = Field("service_code");
        if (settings.Category(serviceCode) is null)
        {
            return Open311Response.Errors(400, serviceCode is null ? "Thiếu service_code (lĩnh vực)." : $"Không có lĩnh vực (service_code) '{serviceCode}'.");
        }
        var name = string.Join(' ', new[] { Field("first_name"), Field("last_name") }.Where(n => n is not null));
        var description = Field("description");
        int? agencyId = null;
        if (Field("attribute[agency]") is { } agencyCode)
        {
            agencyId = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (agencyId is null)
            {
                return Open311Response.Errors(400, $"attribute[agency]: không có cơ quan mã '{agencyCode}'.");
            }
        }
        var submission = new FeedbackSubmission
        {
            Category = serviceCode,
            Title = Field("attribute[title]") ?? TitleFrom(description),
            Content = description,
            ProcedureName = Field("attribute[procedure]"),
            SubjectAgencyId = agencyId,
            Commune = Field("attribute[commune]") ?? Field("address_string"),
            FullName = name.Length == 0 ? null : name,
            Address = Field("attribute[sender_address]"),
            Phone = Field("phone"),
            Email = Field("email"),
            Organisation = Field("attribute[organisation]"),
            Consent = Field("attribute[consent]") == "true",
            AllowPublishAnswer = Field("attribute[publish_answer]") == "true",
            Channel = FeedbackChannel.Api,
            ApiClient = client,
        };
        var result = await intake.SubmitAsync(submission, ct);
        if (result.Duplicate is { } duplicate)
        {
            return new Open311Response(200, "service_requests", "request", new List<Fields>
            {
                new()
                {
                    ["service_request_id"] = duplicate.Code,
                    ["service_notice"] = $"Nội dung này đã được gửi lúc {VnTime.Display(duplicate.ReceivedUtc)} với mã {duplicate.Code}; không tạo hồ sơ mới.",
                    ["account_id"] = null,
                },
            });
        }
        if (!result.Accepted)
        {
            return Open311Response.Errors(400, string.Join(" ", result.Errors.Select(e => $"{Open311Name(e.Key)}: {e.Value}")));
        }
        return new Open311Response(201, "service_requests", "request", new List<Fields>
        {
            new()
            {
                ["service_request_id"] = result.Code,
                ["service_notice"] = "Đã tiếp nhận. Người gửi theo dõi hồ sơ tại /phan-anh-kien-nghi/tra-cuu bằng mã hồ sơ và khóa tra cứu.",
                ["account_id"] = null,
                ["access_key"] = result.AccessKey,
            },
        });
    }

    public async Task<Open311Response> OneAsync(string id, CancellationToken ct)
    {
        var code = id.Trim().ToUpperInvariant();
        var rows = await Project(db.FeedbackCases.Where(c => c.Code == code), ct);
        return rows.Count == 0
            ? Open311Response.Errors(404, $"Không có hồ sơ '{id}'.")
            : new Open311Response(200, "service_requests", "request", rows);
    }

    public async Task<Open311Response> ListAsync(IQueryCollection query, CancellationToken ct)
    {
        var cases = db.FeedbackCases.AsQueryable();
        if (query["service_request_id"].ToString() is { Length: > 0 } ids)
        {
            var codes = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).Take(MaxResults).ToList();
            return new Open311Response(200, "service_requests", "request", await Project(cases.Where(c => codes.Contains(c.Code)), ct));
        }
        if (query["service_code"].ToString() is { Length: > 0 } service)
        {
            cases = cases.Where(c => c.Category == service);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (!TryDate(query["end_date"], out var end) || !TryDate(query["start_date"], out var start))
        {
            return Open311Response.Errors(400, "start_date và end_date phải theo ISO 8601, ví dụ 2026-11-01T00:00:00+07:00.");
        }
        end ??= now;
        start ??= end.Value.AddDays(-90);
        if (end < start)
        {
            return Open311Response.Errors(400, "end_date phải sau start_date.");
        }
        if ((end.Value - start.Value).TotalDays > 90)
        {
            return Open311Response.Errors(400, "Khoảng thời gian tối đa 90 ngày.");
        }
        cases = cases.Where(c => c.ReceivedUtc >= start && c.ReceivedUtc <= end);
        switch (query["status"].ToString())
        {
            case "open":
                cases = cases.Where(c => !Closed.Contains(c.Status));
                break;
            case "closed":
                cases = cases.Where(c => Closed.Contains(c.Status));
                break;
            case "":
                break;
            default:
                return Open311Response.Errors(400, "status chỉ nhận 'open' hoặc 'closed'.");
        }
        return new Open311Response(200, "service_requests", "request", await Project(cases.OrderByDescending(c => c.ReceivedUtc).Take(MaxResults), ct));
    }

    private static readonly FeedbackStatus[] Closed = [FeedbackStatus.Answered, FeedbackStatus.Closed, FeedbackStatus.NotAccepted, FeedbackStatus.Duplicate];

    private async Task<List<Fields>> Project(IQueryable<FeedbackCase> cases, CancellationToken ct)
    {
        // Personal data (sender) and the free text (which people fill with their own details) are never selected.
        var rows = await cases.AsNoTracking().Select(c => new
        {
            c.Id, c.Code, c.Category, c.Title, c.Status, c.ReceivedUtc, c.UpdatedUtc, c.DueDate, c.Commune,
            Holding = c.HoldingAgency == null ? null : c.HoldingAgency.Name,
        }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var notes = (await db.FeedbackEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId) && e.IsPublic && e.PublicNote != null)
                .Select(e => new { e.CaseId, e.Id, e.PublicNote }).ToListAsync(ct))
            .GroupBy(e => e.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!.PublicNote);
        return rows.Select(r => new Fields
        {
            ["service_request_id"] = r.Code,
            ["status"] = Closed.Contains(r.Status) ? "closed" : "open",
            ["status_notes"] = notes.GetValueOrDefault(r.Id),
            ["service_name"] = settings.Category(r.Category)?.Name ?? r.Category,
            ["service_code"] = r.Category,
            ["description"] = r.Title,
            ["agency_responsible"] = r.Holding,
            ["service_notice"] = null,
            ["requested_datetime"] = Iso(r.ReceivedUtc),
            ["updated_datetime"] = Iso(r.UpdatedUtc),
            ["expected_datetime"] = r.DueDate is { } due ? Iso(VnTime.StartOfDayUtc(due.AddDays(1)).AddSeconds(-1)) : null,
            ["address"] = r.Commune,
            ["address_id"] = null,
            ["zipcode"] = null,
            ["lat"] = null,
            ["long"] = null,
            ["media_url"] = null,
            ["status_vi"] = FeedbackText.Status(r.Status),
            ["status_code"] = r.Status.ToString(),
        }).ToList();
    }

    /// <summary>ISO 8601 in Vietnam's offset, e.g. 2026-11-26T15:04:05+07:00.</summary>
    public static string Iso(DateTime utc) =>
        new DateTimeOffset(VnTime.ToLocal(utc), TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool TryDate(string? raw, out DateTime? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed.UtcDateTime;
            return true;
        }
        return false;
    }

    private string? ClientFor(string? key)
    {
        if (key is null)
        {
            return null;
        }
        var offered = Encoding.UTF8.GetBytes(key);
        foreach (var (client, expected) in open311.ApiKeys)
        {
            if (expected.Length > 0 && CryptographicOperations.FixedTimeEquals(offered, Encoding.UTF8.GetBytes(expected)))
            {
                return client;
            }
        }
        return null;
    }

    private string? TitleFrom(string? description)
    {
        if (description is null)
        {
            return null;
        }
        var firstLine = description.Split('\n')[0].Trim();
        var max = Math.Min(settings.TitleMaxLength, 120);
        return firstLine.Length <= max ? firstLine : firstLine[..(max - 1)].TrimEnd() + "…";
    }

    // Error messages name the Open311 field the client sent, not the internal one.
    private static string Open311Name(string field) => field switch
    {
        nameof(FeedbackSubmission.FullName) => "first_name/last_name",
        nameof(FeedbackSubmission.Phone) => "phone/email",
        nameof(FeedbackSubmission.Email) => "email",
        nameof(FeedbackSubmission.Content) => "description",
        nameof(FeedbackSubmission.Title) => "attribute[title]",
        nameof(FeedbackSubmission.Address) => "attribute[sender_address]",
        nameof(FeedbackSubmission.Consent) => "attribute[consent]",
        nameof(FeedbackSubmission.Category) => "service_code",
        nameof(FeedbackSubmission.Commune) => "attribute[commune]",
        nameof(FeedbackSubmission.ProcedureName) => "attribute[procedure]",
        nameof(FeedbackSubmission.Organisation) => "attribute[organisation]",
        nameof(FeedbackSubmission.SubjectAgencyId) => "attribute[agency]",
        _ => field,
    };
}
