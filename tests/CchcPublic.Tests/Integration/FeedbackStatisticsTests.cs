using System.Net;
using System.Text;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Admin;
using CchcPublic.Web.Feedback;
using CchcPublic.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CchcPublic.Tests.Integration;

/// <summary>
/// Seven cases received in the first half of 2025, one just after it, figured out by hand (2025 calendar: 30/4–2/5 off,
/// Saturday 26/4 worked). The page, the printable report and both exports must give exactly these figures.
/// </summary>
public abstract class FeedbackStatisticsTests<TSite> : IClassFixture<TSite> where TSite : CchcFactory
{
    private const string FirstHalf = "tu-ngay=2025-01-01&den-ngay=2025-06-30";
    private readonly TSite site;

    protected FeedbackStatisticsTests(TSite site)
    {
        this.site = site;
        site.Clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
    }

    private sealed record Seed(string Code, string Received, FeedbackChannel Channel, string Category, string? Commune, string Holder,
        FeedbackStatus Status, FeedbackClass? Class, string? Forwarded = null, string? Due = null, string? Answered = null, int? Rating = null,
        bool Extended = false, string? ForwardDue = null);

    private static readonly Seed[] Cases =
    [
        // Forwarded after 2 working days, answered after 9, before its due date; rated 5.
        new("PAKN.20250303.9001", "2025-03-03 09:00", FeedbackChannel.Web, "thu-tuc-hanh-chinh", "UBND phường Nghĩa Lộ", "SO-TU-PHAP",
            FeedbackStatus.Closed, FeedbackClass.OutsideAuthority, "2025-03-05 10:00", "2025-03-19", "2025-03-14 16:00", 5),
        // Forwarded after 5, answered after 16, a day late; rated 2.
        new("PAKN.20250304.9002", "2025-03-04 08:30", FeedbackChannel.Hotline, "khac", null, "SO-TU-PHAP",
            FeedbackStatus.Closed, FeedbackClass.OutsideAuthority, "2025-03-11 15:00", "2025-03-25", "2025-03-26 09:00", 2),
        // Across 30/4–2/5: forwarded after 1 working day, answered after 3; rated 4.
        new("PAKN.20250428.9003", "2025-04-28 14:00", FeedbackChannel.Web, "hanh-vi-can-bo", null, "SO-NN-MT",
            FeedbackStatus.Closed, FeedbackClass.Conduct, "2025-04-29 09:00", "2025-05-16", "2025-05-06 10:00", 4),
        new("PAKN.20250505.9004", "2025-05-05 09:00", FeedbackChannel.Email, "khac", null, "VP-UBND",
            FeedbackStatus.NotAccepted, FeedbackClass.NotAccepted),
        // Never classified, forwarding deadline long past: open and overdue.
        new("PAKN.20250515.9005", "2025-05-15 09:00", FeedbackChannel.Web, "thu-tuc-hanh-chinh", "UBND phường Nghĩa Lộ", "P-NGHIA-LO",
            FeedbackStatus.Received, null, ForwardDue: "2025-05-22"),
        // Extended once, still past its deadline.
        new("PAKN.20250602.9006", "2025-06-02 09:00", FeedbackChannel.Letter, "quy-dinh-hanh-chinh", null, "SO-TU-PHAP",
            FeedbackStatus.InProgress, FeedbackClass.OwnAuthority, Due: "2025-06-23", Extended: true),
        // 23:30 on the last day in Việt Nam (16:30 UTC): inside the half-year; waiting for the sender, so not overdue.
        new("PAKN.20250630.9007", "2025-06-30 23:30", FeedbackChannel.Web, "khac", null, "SO-NN-MT",
            FeedbackStatus.AwaitingInformation, FeedbackClass.OwnAuthority, Due: "2025-07-14"),
        // 00:10 on 1 July in Việt Nam but still 30 June in UTC: outside.
        new("PAKN.20250701.9008", "2025-07-01 00:10", FeedbackChannel.Web, "khac", null, "SO-TU-PHAP",
            FeedbackStatus.Received, null, ForwardDue: "2025-07-08"),
    ];

    private static DateTime Utc(string local) => VnTime.StartOfDayUtc(DateOnly.Parse(local[..10], System.Globalization.CultureInfo.InvariantCulture))
        + TimeSpan.Parse(local[11..], System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private async Task SeedAsync()
    {
        if (await site.DbAsync(db => db.FeedbackCases.AnyAsync(c => c.Code == Cases[0].Code)))
            return;
        await site.DbAsync(async db =>
        {
            var agencies = await db.Agencies.ToDictionaryAsync(a => a.Code, a => a.Id);
            foreach (var seed in Cases)
            {
                var received = Utc(seed.Received);
                db.FeedbackCases.Add(new FeedbackCase
                {
                    Code = seed.Code, AccessKeyHash = "-", Category = seed.Category, Commune = seed.Commune, Title = $"Thống kê {seed.Code}",
                    Content = "Nội dung kiểm thử thống kê.", ContentFingerprint = seed.Code, Channel = seed.Channel, ReceivedUtc = received, UpdatedUtc = received,
                    Status = seed.Status, Classification = seed.Class, HoldingAgencyId = agencies[seed.Holder],
                    ForwardedUtc = seed.Forwarded is null ? null : Utc(seed.Forwarded), ForwardDueDate = Day(seed.ForwardDue), DueDate = Day(seed.Due),
                    AnsweredUtc = seed.Answered is null ? null : Utc(seed.Answered), AnswerText = seed.Answered is null ? null : "Trả lời.",
                    Rating = seed.Rating, ExtendedUtc = seed.Extended ? received.AddDays(10) : null, ExtensionReason = seed.Extended ? "Cần xác minh thêm." : null,
                    ClosedUtc = seed.Status is FeedbackStatus.Closed or FeedbackStatus.NotAccepted ? received.AddDays(40) : null,
                    Sender = new FeedbackSender { FullName = "Nguyễn Thị Thống Kê", Address = "Thôn 1, xã Nghĩa Kỳ", Phone = "0905123456" },
                });
            }
            return await db.SaveChangesAsync();
        });
    }

    private static Dictionary<string, string> Figures(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#so-lieu-chinh > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!.TextContent.Trim());

    private static List<string[]> Table(AngleSharp.Dom.IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();

    [Fact]
    public async Task The_coordinator_sees_the_hand_computed_figures_of_the_half_year_in_every_table()
    {
        await SeedAsync();
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "thongke");
        var page = await coordinator.GetDocumentAsync($"/quan-tri/thong-ke?{FirstHalf}");

        Assert.Contains("6 tháng đầu năm 2025", page.QuerySelector(".lead")!.TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Tiếp nhận"] = "7", ["Đã trả lời"] = "3", ["Tỷ lệ trả lời đúng hạn"] = "66,7 %", ["Đang xử lý"] = "3", ["Đang quá hạn"] = "2",
            ["Trung vị ngày làm việc đến khi chuyển"] = "2", ["Trung vị ngày làm việc đến khi trả lời"] = "9", ["Hài lòng (4–5 điểm)"] = "66,7 %",
        }, Figures(page));
        Assert.Contains("Điểm hài lòng trung bình: 3,7/5 trên 3 lượt đánh giá", page.Body!.TextContent);

        Assert.Equal(
            [["01/2025", "0", "0", "0"], ["02/2025", "0", "0", "0"], ["03/2025", "2", "2", "1"], ["04/2025", "1", "0", "0"], ["05/2025", "2", "1", "1"], ["06/2025", "2", "0", "0"]],
            Table(page, "bang-thang"));
        var names = await site.DbAsync(db => db.Agencies.Where(a => new[] { "SO-TU-PHAP", "SO-NN-MT", "VP-UBND", "P-NGHIA-LO" }.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name));
        var agencies = Table(page, "bang-co-quan").ToDictionary(r => r[0], r => string.Join(" ", r[1..]));
        Assert.Equal(new Dictionary<string, string>
        {
            [names["SO-TU-PHAP"]] = "3 2 1 1 1", [names["SO-NN-MT"]] = "2 1 1 1 0", [names["VP-UBND"]] = "1 0 0 0 0", [names["P-NGHIA-LO"]] = "1 0 0 1 1",
        }, agencies);
        Assert.Equal([["Khác", "3"], ["Thủ tục hành chính", "2"], ["Hành vi, thái độ của cán bộ, công chức", "1"], ["Quy định hành chính", "1"]],
            Table(page, "bang-linh-vuc"));
        Assert.Equal(["Cổng thông tin (trực tuyến) 4", "Điện thoại đường dây nóng 1", "Thư, văn bản giấy 1", "Thư điện tử 1"],
            Table(page, "bang-kenh").Select(r => string.Join(" ", r)));
        Assert.Equal(["Đã tiếp nhận 1", "Không đủ điều kiện tiếp nhận 1", "Đang xử lý 1", "Chờ người gửi bổ sung thông tin 1", "Đã đóng 3"],
            Table(page, "bang-trang-thai").Select(r => string.Join(" ", r)));
        Assert.Equal(["1", "1", "2", "2", "1"], Table(page, "bang-phan-loai").Select(r => r[1]));
        Assert.Equal([["Không nêu xã, phường", "5"], ["UBND phường Nghĩa Lộ", "2"]], Table(page, "bang-dia-ban"));
        // The chart reads the same numbers as the table under it.
        Assert.Contains("\"values\":[0,0,2,1,2,2]", page.QuerySelector("#du-lieu-thang")!.TextContent);
    }

    [Fact]
    public async Task The_printable_report_and_both_exports_carry_the_same_figures_and_no_personal_data()
    {
        await SeedAsync();
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "baocao");

        var report = await coordinator.GetDocumentAsync($"/quan-tri/thong-ke/bao-cao?{FirstHalf}");
        Assert.Contains("6 tháng đầu năm 2025", report.QuerySelector("h1")!.TextContent);
        Assert.Contains("Đã trả lời 3 phản ánh, kiến nghị; trong đó đúng hạn 2, quá hạn 1", report.Body!.TextContent);
        Assert.Equal("Tổng cộng 7 3 2 3 2", string.Join(" ", report.QuerySelector("#bc-co-quan tfoot tr")!.Children.Select(c => c.TextContent.Trim())));

        var csv = await coordinator.GetAsync($"/quan-tri/thong-ke?handler=Csv&{FirstHalf}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Mã hồ sơ,Ngày tiếp nhận,Kênh tiếp nhận,Lĩnh vực", lines[0]);
        Assert.Equal(Cases[..7].Select(c => c.Code), lines[1..].Select(l => l.Split(',')[0]));
        Assert.Contains("PAKN.20250630.9007,30/06/2025,", lines[7]);
        Assert.Contains(",Có,Không,5", lines[1]);

        var xlsx = await coordinator.GetAsync($"/quan-tri/thong-ke?handler=Xlsx&{FirstHalf}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var file = await xlsx.Content.ReadAsByteArrayAsync();
        var sheets = Xlsx.SheetNames(file);
        Assert.Equal(["Tổng hợp", "Theo tháng", "Theo cơ quan", "Theo trạng thái", "Theo phân loại", "Theo lĩnh vực", "Theo kênh", "Theo địa bàn", "Hồ sơ"], sheets);
        var summary = Xlsx.Rows(file, 1).ToDictionary(r => r[0], r => r.Count > 1 ? r[1] : "");
        Assert.Equal("7", summary["Số hồ sơ tiếp nhận"]);
        Assert.Equal("66.7", summary["Tỷ lệ trả lời đúng hạn (%)"]);
        Assert.Equal("9", summary["Trung vị số ngày làm việc đến khi trả lời"]);
        Assert.Equal(8, Xlsx.Rows(file, 9).Count);

        foreach (var text in new[] { Encoding.UTF8.GetString(bytes), string.Join(" ", Enumerable.Range(1, sheets.Count).SelectMany(i => Xlsx.Rows(file, i)).SelectMany(r => r)) })
        {
            Assert.DoesNotContain("Nguyễn Thị Thống Kê", text);
            Assert.DoesNotContain("0905123456", text);
            Assert.DoesNotContain("Thống kê PAKN", text);
        }
        var exports = await site.DbAsync(db => db.AuditEntries.Where(e => e.Action == "feedback.statistics-exported").Select(e => e.Summary).ToListAsync());
        Assert.Contains(exports, s => s.Contains("CSV", StringComparison.Ordinal) && s.Contains("7 hồ sơ", StringComparison.Ordinal));
        Assert.Contains(exports, s => s.Contains("XLSX", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agency_counts_and_exports_only_the_cases_it_holds()
    {
        await SeedAsync();
        var handler = await site.StaffAsync(Roles.AgencyHandler, "SO-NN-MT", "tkcoquan");

        var page = await handler.GetDocumentAsync($"/quan-tri/thong-ke?{FirstHalf}");
        Assert.Equal("2", Figures(page)["Tiếp nhận"]);
        Assert.Single(Table(page, "bang-co-quan"));

        var csv = await (await handler.GetAsync($"/quan-tri/thong-ke?handler=Csv&{FirstHalf}")).Content.ReadAsStringAsync();
        var codes = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimStart('\uFEFF').Split(',')[0]).ToList();
        Assert.Equal(["PAKN.20250428.9003", "PAKN.20250630.9007"], codes);
        var xlsx = await (await handler.GetAsync($"/quan-tri/thong-ke?handler=Xlsx&{FirstHalf}")).Content.ReadAsByteArrayAsync();
        Assert.Equal(["PAKN.20250428.9003", "PAKN.20250630.9007"], Xlsx.Rows(xlsx, 9).Skip(1).Select(r => r[0]));
    }

    [Theory]
    [InlineData("tu-ngay=2025-06-30&den-ngay=2025-01-01", "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.")]
    [InlineData("tu-ngay=30-06-2025x&den-ngay=2025-07-01", "Ngày không hợp lệ.")]
    [InlineData("tu-ngay=2001-01-01&den-ngay=2025-01-01", "Kỳ thống kê dài tối đa 10 năm.")]
    public async Task A_wrong_period_is_explained_in_Vietnamese_and_nothing_is_exported(string query, string message)
    {
        var coordinator = await site.StaffAsync(Roles.Coordinator, "VP-UBND", "saiky");
        var response = await coordinator.GetAsync($"/quan-tri/thong-ke?{query}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent);

        var export = await coordinator.GetAsync($"/quan-tri/thong-ke?handler=Csv&{query}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, export.StatusCode);
        Assert.Equal("text/html", export.Content.Headers.ContentType!.MediaType);
    }
}

public sealed class FeedbackStatisticsTestsOnSqlite(SqliteSite site) : FeedbackStatisticsTests<SqliteSite>(site);

public sealed class FeedbackStatisticsTestsOnPostgres(PostgresSite site) : FeedbackStatisticsTests<PostgresSite>(site);
