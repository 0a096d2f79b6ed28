using System.Globalization;
using System.Net;
using System.Text;
using CchcPublic.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class AgencyTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : CchcFactory
{
    private Task<int> IdOf(string code) => site.DbAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task Retiring_an_agency_records_its_successors_and_an_audit_entry()
    {
        var admin = await site.AdministratorAsync();
        var port = await CreateAgencyAsync(admin, "BQL-CANG", "Ban Quản lý cảng biển tỉnh");
        var successor = await IdOf("BQL-KKT");

        var response = await admin.PostFormAsync($"/quan-tri/co-quan/{port}/giai-the",
        [
            new("Form.LastDay", "2026-06-30"), new("Form.Reason", "Quyết định số 99/QĐ-UBND về sáp nhập"),
            new("Form.Successors[0].AgencyId", successor.ToString(CultureInfo.InvariantCulture)),
            new("Form.Successors[0].Note", "Toàn bộ chức năng quản lý cảng"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var retired = await site.DbAsync(db => db.Agencies.Include(a => a.Successors).SingleAsync(a => a.Id == port));
        Assert.Equal(new DateOnly(2026, 6, 30), retired.ValidTo);
        Assert.Equal("Quyết định số 99/QĐ-UBND về sáp nhập", retired.RetirementReason);
        var link = Assert.Single(retired.Successors);
        Assert.Equal(successor, link.SuccessorId);
        Assert.Equal("Toàn bộ chức năng quản lý cảng", link.Note);
        var audit = await site.DbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "agency.retired" && e.EntityId == "BQL-CANG"));
        Assert.Equal(CchcFactory.AdminEmail, audit.UserName);
        Assert.NotNull(audit.IpAddress);
        Assert.Contains("BQL KKT", audit.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Retiring_without_a_successor_is_refused_in_Vietnamese_and_changes_nothing()
    {
        var admin = await site.AdministratorAsync();
        var id = await CreateAgencyAsync(admin, "TT-THU-NGHIEM", "Trung tâm thử nghiệm");
        var auditBefore = await site.DbAsync(db => db.AuditEntries.CountAsync());

        var response = await admin.PostFormAsync($"/quan-tri/co-quan/{id}/giai-the",
            [new("Form.LastDay", "2026-06-30"), new("Form.Reason", "Thử")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cần chọn ít nhất một cơ quan kế thừa.", (await response.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Null(await site.DbAsync(db => db.Agencies.Where(a => a.Id == id).Select(a => a.ValidTo).SingleAsync()));
        Assert.Equal(auditBefore, await site.DbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Text_typed_in_decomposed_form_is_stored_as_NFC()
    {
        var admin = await site.AdministratorAsync();
        const string name = "Trung tâm Phục vụ hành chính công tỉnh";
        var decomposed = name.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(name, decomposed);

        var id = await CreateAgencyAsync(admin, "TT-PVHCC", decomposed, address: "Số 1 Hùng Vương".Normalize(NormalizationForm.FormD));

        var stored = await site.DbAsync(db => db.Agencies.SingleAsync(a => a.Id == id));
        Assert.Equal(name, stored.Name);
        Assert.True(stored.Address!.IsNormalized(NormalizationForm.FormC));
        Assert.Contains(await site.DbAsync(db => db.AuditEntries.ToListAsync()), e => e.Action == "agency.created" && e.EntityId == "TT-PVHCC");
    }

    [Fact]
    public async Task Editing_an_agency_is_audited_with_the_changed_fields()
    {
        var admin = await site.AdministratorAsync();
        var id = await CreateAgencyAsync(admin, "TT-SUA", "Trung tâm sửa đổi");

        var response = await admin.PostFormAsync($"/quan-tri/co-quan/{id}",
        [
            new("Form.Name", "Trung tâm sửa đổi"), new("Form.ShortName", "TT sửa đổi"), new("Form.Level", "ProvincialUnit"),
            new("Form.Hotlines", "0255.3712.300, 0941.121.279"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.DbAsync(db => db.Agencies.SingleAsync(a => a.Id == id));
        Assert.Equal(["02553712300", "0941121279"], stored.Hotlines);
        var audit = await site.DbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "agency.updated" && e.EntityId == "TT-SUA"));
        Assert.Contains("Hotlines", audit.Summary);
    }

    [Fact]
    public async Task Hostile_form_keys_and_a_non_boolean_checkbox_get_an_error_not_a_crash()
    {
        var admin = await site.AdministratorAsync();
        var token = Html.Antiforgery(await admin.GetDocumentAsync("/quan-tri/co-quan/tao"));

        var response = await admin.PostAsync("/quan-tri/co-quan/tao", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("[", "x"), new("Form[", "y"), new("Form.Code", "TT-HOSTILE"),
            new("Form.Name", "Trung tâm"), new("Form.ShortName", "TT"), new("Form.Level", "ProvincialUnit"),
            new("Form.ContactVerified", "không-phải-boolean"),
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Giá trị đánh dấu không hợp lệ.", (await response.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.False(await site.DbAsync(db => db.Agencies.AnyAsync(a => a.Code == "TT-HOSTILE")));
    }

    [Fact]
    public async Task Invalid_agency_input_gets_Vietnamese_errors_next_to_each_field()
    {
        var admin = await site.AdministratorAsync();

        var response = await admin.PostFormAsync("/quan-tri/co-quan/tao",
            [new("Form.Code", "mã sai"), new("Form.Name", ""), new("Form.ShortName", "X"), new("Form.Email", "khong-phai-email"), new("Form.Hotlines", "12")]);

        var page = await response.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mã gồm chữ in hoa", page.QuerySelector("#Form_Code-error")!.TextContent);
        Assert.Equal("Vui lòng nhập tên đầy đủ.", page.QuerySelector("#Form_Name-error")!.TextContent);
        Assert.Equal("Email không hợp lệ.", page.QuerySelector("#Form_Email-error")!.TextContent);
        Assert.Contains("không hợp lệ", page.QuerySelector("#Form_Hotlines-error")!.TextContent);
        Assert.Equal("X", page.QuerySelector("#Form_ShortName")!.GetAttribute("value"));
    }

    private async Task<int> CreateAgencyAsync(HttpClient admin, string code, string name, string? address = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Code", code), new("Form.Name", name), new("Form.ShortName", name), new("Form.Level", "ProvincialUnit"),
            new("Form.Hotlines", "0255 3 822 999"), new("Form.Email", "thu.nghiem@quangngai.gov.vn"),
        };
        if (address is not null)
        {
            fields.Add(new("Form.Address", address));
        }
        var response = await admin.PostFormAsync("/quan-tri/co-quan/tao", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await IdOf(code);
    }
}

public sealed class AgencyTestsOnSqlite(SqliteSite site) : AgencyTests<SqliteSite>(site);

public sealed class AgencyTestsOnPostgres(PostgresSite site) : AgencyTests<PostgresSite>(site);
