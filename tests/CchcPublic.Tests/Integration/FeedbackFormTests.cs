using System.Net;
using System.Text;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Feedback;
using CchcPublic.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CchcPublic.Tests.Integration;

public abstract class FeedbackFormTests<TSite> : IClassFixture<TSite> where TSite : CchcFactory
{
    private readonly TSite site;

    protected FeedbackFormTests(TSite site)
    {
        this.site = site;
        site.Settings["Cchc:Feedback:SubmissionsPerIpPerHour"] = "1000";
        site.Settings["Cchc:Feedback:Captcha:Altcha:MaxNumber"] = "5000";
    }

    private static string NewPhone() => "09" + Random.Shared.Next(10_000_000, 99_999_999);

    private string MediaRoot => Path.Combine(site.Services.GetRequiredService<AppPaths>().Media, "feedback");

    [Fact]
    public async Task A_case_with_a_photo_is_committed_with_its_history_and_the_receipt_shows_the_key_once()
    {
        var client = site.Browser();
        var phone = NewPhone();

        var sent = await client.SendAsync(FeedbackForms.ValidFields(phone), [new Attachment("ảnh hiện trường.jpg", FeedbackForms.JpegWithGps(), "image/jpeg")]);
        var (code, key, receipt) = await client.ReceiptAsync(sent);

        Assert.Matches(@"^PAKN\.\d{8}\.\d{4}$", code);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", key);
        Assert.Contains("Đang xác định", receipt.QuerySelector(".receipt")!.TextContent);
        var stored = await site.DbAsync(db => db.FeedbackCases.Include(c => c.Events).Include(c => c.Attachments).Include(c => c.HoldingAgency).SingleAsync(c => c.Code == code));
        Assert.Equal(FeedbackStatus.Received, stored.Status);
        Assert.Equal(FeedbackChannel.Web, stored.Channel);
        Assert.Equal("VP-UBND", stored.HoldingAgency!.Code);
        Assert.Null(stored.DueDate);
        Assert.Equal(phone, stored.Sender.Phone);
        Assert.True(stored.ConsentToProcessing);
        Assert.DoesNotContain(key, stored.AccessKeyHash);
        Assert.Equal(FeedbackEventType.Received, Assert.Single(stored.Events).Type);
        var attachment = Assert.Single(stored.Attachments);
        Assert.Equal("ảnh hiện trường.jpg", attachment.FileName);
        Assert.True(File.Exists(Path.Combine(MediaRoot, attachment.StoredName)));
        Assert.DoesNotContain(Directory.EnumerateFiles(MediaRoot, "*", SearchOption.AllDirectories), f => f.Contains(".staging", StringComparison.Ordinal) && f.EndsWith(attachment.StoredName, StringComparison.Ordinal));
        Assert.True(await site.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "feedback.received" && e.EntityId == code)));

        // The key is shown once: the same receipt address no longer carries it.
        var again = await client.GetDocumentAsync("/phan-anh-kien-nghi/bien-nhan?ma=" + code);
        Assert.Null(again.QuerySelector("#khoa-tra-cuu"));
        Assert.Equal(code, again.QuerySelector("#ma-ho-so")!.TextContent);
    }

    [Fact]
    public async Task Photos_are_stored_without_their_GPS_position()
    {
        var client = site.Browser();
        var original = FeedbackForms.JpegWithGps();
        Assert.True(original.AsSpan().IndexOf(FeedbackForms.GpsMarker) >= 0);

        var (code, _, _) = await client.ReceiptAsync(await client.SendAsync(FeedbackForms.ValidFields(NewPhone()), [new Attachment("gps.jpg", original, "image/jpeg")]));

        var storedName = await site.DbAsync(db => db.FeedbackAttachments.Where(a => db.FeedbackCases.Any(c => c.Id == a.CaseId && c.Code == code)).Select(a => a.StoredName).SingleAsync());
        var bytes = await File.ReadAllBytesAsync(Path.Combine(MediaRoot, storedName));
        Assert.Equal([0xFF, 0xD8, 0xFF], bytes[..3]);
        Assert.True(bytes.AsSpan().IndexOf(FeedbackForms.GpsMarker) < 0, "GPS text still in the stored file");
        Assert.True(bytes.AsSpan().IndexOf("Exif\0\0"u8) < 0, "EXIF block still in the stored file");
    }

    [Fact]
    public async Task An_HTML_page_named_jpg_is_refused_and_nothing_is_saved()
    {
        var client = site.Browser();
        var phone = NewPhone();
        var html = Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>");

        var response = await client.SendAsync(FeedbackForms.ValidFields(phone), [new Attachment("anh.jpg", html, "image/jpeg")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("không phải là tệp ảnh JPG hợp lệ", page.QuerySelector("#Form_Files-error")!.TextContent);
        Assert.Contains("anh.jpg", page.QuerySelector(".notice")!.TextContent);
        Assert.False(await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Sender.Phone == phone)));
    }

    [Fact]
    public async Task Empty_form_lists_a_Vietnamese_error_next_to_each_required_field_and_saves_nothing()
    {
        var client = site.Browser();
        var before = await site.DbAsync(db => db.FeedbackCases.CountAsync());

        var response = await client.SendAsync(new Dictionary<string, string>(), solve: false);

        var page = await response.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng chọn phản ánh, kiến nghị về vấn đề gì.", page.QuerySelector("#Form_Category-error")!.TextContent);
        Assert.Contains("Vui lòng nhập tiêu đề.", page.QuerySelector("#Form_Title-error")!.TextContent);
        Assert.Contains("Vui lòng nhập nội dung", page.QuerySelector("#Form_Content-error")!.TextContent);
        Assert.Contains("nặc danh", page.QuerySelector("#Form_FullName-error")!.TextContent);
        Assert.Contains("Vui lòng nhập địa chỉ liên hệ.", page.QuerySelector("#Form_Address-error")!.TextContent);
        Assert.Contains("số điện thoại hoặc email", page.QuerySelector("#Form_Phone-error")!.TextContent);
        Assert.Contains("dữ liệu cá nhân", page.QuerySelector("#Form_Consent-error")!.TextContent);
        Assert.Contains("công khai câu trả lời", page.QuerySelector("#Form_PublishAnswer-error")!.TextContent);
        Assert.Contains("xác minh chống thư rác", page.QuerySelector("#Captcha-error")!.TextContent);
        Assert.Equal(before, await site.DbAsync(db => db.FeedbackCases.CountAsync()));
    }

    [Theory]
    [InlineData("Form.Email", "khong-phai-email", "Form_Email-error", "Địa chỉ email không hợp lệ")]
    [InlineData("Form.Phone", "12ab", "Form_Phone-error", "Số điện thoại không hợp lệ")]
    [InlineData("Form.Content", "Quá ngắn", "Form_Content-error", "ít nhất 20 ký tự")]
    [InlineData("Form.Category", "khong-co", "Form_Category-error", "không có trong danh mục")]
    [InlineData("Form.AgencyId", "999999", "Form_AgencyId-error", "không có trong danh mục hiện hành")]
    [InlineData("Form.Consent", "false", "Form_Consent-error", "đồng ý cho phép xử lý dữ liệu cá nhân")]
    [InlineData("Form.Consent", "có-lẽ", "Form_Consent-error", "Giá trị đánh dấu không hợp lệ")]
    public async Task A_bad_field_gets_its_message_and_everything_typed_stays(string field, string value, string errorId, string message)
    {
        var client = site.Browser();
        var fields = FeedbackForms.ValidFields(NewPhone());
        fields[field] = value;

        var response = await client.SendAsync(fields);

        var page = await response.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("#" + errorId)!.TextContent);
        Assert.Equal(fields["Form.Title"], page.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal(fields["Form.FullName"], page.QuerySelector("#Form_FullName")!.GetAttribute("value"));
        Assert.Equal(fields["Form.Content"].Length > 20 ? fields["Form.Content"] : value, page.QuerySelector("#Form_Content")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[name='Form.Category'][value='thu-tuc-hanh-chinh'][checked]") ?? page.QuerySelector("input[name='Form.Category']"));
        Assert.False(await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Sender.Phone == fields["Form.Phone"])));
    }

    [Fact]
    public async Task A_title_over_the_limit_is_refused_with_its_length()
    {
        var client = site.Browser();
        var fields = FeedbackForms.ValidFields(NewPhone(), title: new string('a', 201));

        var page = await (await client.SendAsync(fields)).ReadDocumentAsync();

        Assert.Contains("Tiêu đề tối đa 200 ký tự (hiện có 201)", page.QuerySelector("#Form_Title-error")!.TextContent);
        Assert.Equal("200", page.QuerySelector("#Form_Title")!.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task Decomposed_Vietnamese_is_stored_as_NFC()
    {
        var client = site.Browser();
        var fields = FeedbackForms.ValidFields(NewPhone(), title: "Thủ tục đăng ký hộ kinh doanh bị trả hồ sơ".Normalize(NormalizationForm.FormD));
        fields["Form.FullName"] = "Trần Văn Đức".Normalize(NormalizationForm.FormD);

        var (code, _, _) = await client.ReceiptAsync(await client.SendAsync(fields));

        var stored = await site.DbAsync(db => db.FeedbackCases.SingleAsync(c => c.Code == code));
        Assert.Equal("Thủ tục đăng ký hộ kinh doanh bị trả hồ sơ", stored.Title);
        Assert.Equal("Trần Văn Đức", stored.Sender.FullName);
        Assert.True(stored.Content.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task Markup_in_any_field_is_shown_as_text_on_the_receipt_the_tracking_page_and_the_form()
    {
        var client = site.Browser();
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var fields = FeedbackForms.ValidFields(NewPhone(), title: "Tiêu đề " + hostile);
        fields["Form.Content"] = "Nội dung có thẻ " + hostile + " cần hiển thị an toàn.";
        fields["Form.ProcedureName"] = hostile;
        fields["Form.Commune"] = hostile;

        var (code, key, receipt) = await client.ReceiptAsync(await client.SendAsync(fields));
        var tracked = await client.TrackAsync(code, key);

        foreach (var page in new[] { receipt, tracked })
        {
            Assert.Empty(page.QuerySelectorAll("main script"));
            Assert.Empty(page.QuerySelectorAll("main img[onerror]"));
            Assert.Contains(hostile, page.QuerySelector("main")!.TextContent);
        }
        fields["Form.Consent"] = "false";
        var redisplayed = await (await client.SendAsync(fields)).ReadDocumentAsync();
        Assert.Empty(redisplayed.QuerySelectorAll("main script"));
        Assert.Equal("Tiêu đề " + hostile, redisplayed.QuerySelector("#Form_Title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Text_that_reads_like_a_complaint_explains_where_it_goes_and_needs_a_confirmation()
    {
        var client = site.Browser();
        var phone = NewPhone();
        var fields = FeedbackForms.ValidFields(phone);
        fields["Form.Content"] = "Tôi làm đơn tố cáo cán bộ địa chính xã đã nhận tiền của người dân để làm nhanh hồ sơ.";

        var page = await (await client.SendAsync(fields)).ReadDocumentAsync();

        var guidance = page.QuerySelector("#huong-dan-khieu-nai")!;
        Assert.False(guidance.HasAttribute("hidden"));
        Assert.Contains("Luật Tố cáo", guidance.TextContent);
        Assert.Contains("khiếu nại hoặc tố cáo", page.QuerySelector("#Form_NotAComplaint-error")!.TextContent);
        Assert.False(await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Sender.Phone == phone)));

        fields["Form.NotAComplaint"] = "true";
        var (code, _, _) = await client.ReceiptAsync(await client.SendAsync(fields));
        Assert.True(await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Code == code)));
    }

    [Fact]
    public async Task Choosing_complaint_or_denunciation_is_refused_with_the_guidance()
    {
        var client = site.Browser();
        var fields = FeedbackForms.ValidFields(NewPhone());
        fields["Form.Category"] = "khieu-nai-to-cao";

        var page = await (await client.SendAsync(fields)).ReadDocumentAsync();

        Assert.Contains("không được tiếp nhận qua hệ thống phản ánh, kiến nghị", page.QuerySelector("#Form_Category-error")!.TextContent);
        Assert.False(await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Sender.Phone == fields["Form.Phone"])));
    }

    [Fact]
    public async Task The_same_text_from_the_same_sender_within_a_day_points_to_the_first_code()
    {
        var client = site.Browser();
        var fields = FeedbackForms.ValidFields(NewPhone());
        var (code, _, _) = await client.ReceiptAsync(await client.SendAsync(fields));

        // Same words, other case, spacing and punctuation.
        fields["Form.Content"] = fields["Form.Content"].ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal) + "!!";
        var response = await client.SendAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(code, (await response.ReadDocumentAsync()).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(1, await site.DbAsync(db => db.FeedbackCases.CountAsync(c => c.Sender.Phone == fields["Form.Phone"])));
    }

    [Fact]
    public async Task A_filled_honeypot_or_a_replayed_or_wrong_challenge_saves_nothing()
    {
        var client = site.Browser();
        var phone = NewPhone();
        var fields = FeedbackForms.ValidFields(phone);
        var honeypot = new Dictionary<string, string>(fields) { ["website"] = "http://spam.example" };

        var trapped = await (await client.SendAsync(honeypot)).ReadDocumentAsync();
        Assert.Contains("Không gửi được", trapped.QuerySelector(".error-summary")!.TextContent);

        var solved = await FeedbackForms.SolveChallengeAsync(client);
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Convert.FromBase64String(solved)).Replace("\"number\":", "\"number\":1", StringComparison.Ordinal)));
        var wrong = await (await client.SendAsync(fields, altcha: forged)).ReadDocumentAsync();
        Assert.Contains("xác minh chống thư rác", wrong.QuerySelector("#Captcha-error")!.TextContent);
        Assert.False(await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Sender.Phone == phone)));

        await client.ReceiptAsync(await client.SendAsync(fields, altcha: solved));
        fields["Form.Title"] = "Một phản ánh khác";
        fields["Form.Content"] += " Thêm nội dung để không trùng.";
        var replay = await (await client.SendAsync(fields, altcha: solved)).ReadDocumentAsync();
        Assert.Contains("xác minh chống thư rác", replay.QuerySelector("#Captcha-error")!.TextContent);
        Assert.Equal(1, await site.DbAsync(db => db.FeedbackCases.CountAsync(c => c.Sender.Phone == phone)));
    }

    [Fact]
    public async Task One_phone_number_is_limited_per_day()
    {
        var client = site.Browser();
        var phone = NewPhone();
        for (var i = 0; i < 5; i++)
        {
            await client.ReceiptAsync(await client.SendAsync(FeedbackForms.ValidFields(phone, title: $"Phản ánh số {i}")));
        }

        var page = await (await client.SendAsync(FeedbackForms.ValidFields(phone, title: "Phản ánh thứ sáu"))).ReadDocumentAsync();

        Assert.Contains("trong 24 giờ qua", page.QuerySelector("#Form_Phone-error")!.TextContent);
        Assert.Equal(5, await site.DbAsync(db => db.FeedbackCases.CountAsync(c => c.Sender.Phone == phone)));
    }

    [Fact]
    public async Task Hostile_form_keys_get_a_page_not_a_crash()
    {
        var client = site.Browser();
        var fields = FeedbackForms.ValidFields(NewPhone());
        fields["["] = "x";
        fields["Form["] = "y";
        fields["Form.AgencyId"] = "không-phải-số";

        var response = await client.SendAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không hợp lệ", (await response.ReadDocumentAsync()).QuerySelector("#Form_AgencyId-error")!.TextContent);
    }
}

public sealed class FeedbackFormTestsOnSqlite(SqliteSite site) : FeedbackFormTests<SqliteSite>(site);

public sealed class FeedbackFormTestsOnPostgres(PostgresSite site) : FeedbackFormTests<PostgresSite>(site);
