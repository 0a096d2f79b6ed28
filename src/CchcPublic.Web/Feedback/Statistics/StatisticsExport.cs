using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CchcPublic.Web.SiteConfig;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace CchcPublic.Web.Feedback.Statistics;

/// <summary>The period's figures as files: CSV of the cases, XLSX of every table plus the cases. No personal data.</summary>
public static class StatisticsExport
{
    private static readonly string[] CaseHeader =
    [
        "Mã hồ sơ", "Ngày tiếp nhận", "Kênh tiếp nhận", "Lĩnh vực", "Xã, phường", "Cơ quan đang giữ", "Phân loại", "Trạng thái",
        "Ngày chuyển cơ quan có thẩm quyền", "Hạn trả lời", "Ngày trả lời", "Trả lời đúng hạn", "Đã gia hạn", "Đánh giá (1-5)",
    ];

    private static string[] CaseRow(CaseFacts c, FeedbackSettings settings) =>
    [
        c.Code, Day(c.Received), FeedbackText.Channel(c.Channel), settings.Category(c.Category)?.Name ?? c.Category, c.Commune ?? "",
        c.Holder, c.Class is { } k ? FeedbackText.Class(k) : "Chưa phân loại", FeedbackText.Status(c.Status),
        Day(c.Forwarded), Day(c.Due), Day(c.Answered),
        c.Answered is { } answered ? (c.Due is not { } due || answered <= due ? "Có" : "Không") : "",
        c.Extended ? "Có" : "Không", c.Rating?.ToString(CultureInfo.InvariantCulture) ?? "",
    ];

    private static string Day(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read the diacritics; formula-like cells are escaped.</summary>
    public static byte[] Csv(IReadOnlyList<CaseFacts> cases, FeedbackSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var field in CaseHeader)
                csv.WriteField(field);
            csv.NextRecord();
            foreach (var row in cases)
            {
                foreach (var field in CaseRow(row, settings))
                    csv.WriteField(field);
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    public static async Task<byte[]> XlsxAsync(FeedbackReport report, IReadOnlyList<CaseFacts> cases, FeedbackSettings settings, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var book = await Spreadsheet.CreateNewAsync(buffer, cancellationToken: cancellationToken))
        {
            var bold = book.AddStyle(new Style { Font = { Bold = true } });

            async Task SheetAsync(string name, string[] header, IEnumerable<Cell[]> rows, double firstWidth = 40)
            {
                var options = new WorksheetOptions { FrozenRows = 1 };
                options.Column(1).Width = firstWidth;
                for (var i = 2; i <= header.Length; i++)
                    options.Column(i).Width = 16;
                await book.StartWorksheetAsync(name, options, cancellationToken);
                await book.AddHeaderRowAsync(header, bold, cancellationToken);
                foreach (var row in rows)
                    await book.AddRowAsync(row, cancellationToken);
            }

            await SheetAsync("Tổng hợp", ["Chỉ tiêu", "Giá trị"], Summary(report).Select(s => new[] { new Cell(s.Label), s.Value }), 60);
            await SheetAsync("Theo tháng", ["Tháng", "Tiếp nhận", "Đã trả lời", "Trả lời đúng hạn"],
                report.Months.Select(m => new[] { new Cell(m.Label), new Cell(m.Received), new Cell(m.Answered), new Cell(m.AnsweredOnTime) }), 12);
            await SheetAsync("Theo cơ quan", ["Cơ quan đang giữ", "Số hồ sơ", "Đã trả lời", "Trả lời đúng hạn", "Đang xử lý", "Đang quá hạn"],
                report.ByAgency.Select(a => new[] { new Cell(a.Agency), new Cell(a.Held), new Cell(a.Answered), new Cell(a.AnsweredOnTime), new Cell(a.Open), new Cell(a.OpenOverdue) }), 50);
            foreach (var (name, header, tallies) in new[]
            {
                ("Theo trạng thái", "Trạng thái", report.ByStatus),
                ("Theo phân loại", "Phân loại (Nghị định 92/2017)", report.ByClass),
                ("Theo lĩnh vực", "Lĩnh vực", report.ByCategory),
                ("Theo kênh", "Kênh tiếp nhận", report.ByChannel),
                ("Theo địa bàn", "Xã, phường", report.ByPlace),
            })
            {
                await SheetAsync(name, [header, "Số hồ sơ"], tallies.Select(t => new[] { new Cell(t.Label), new Cell(t.Count) }), 60);
            }
            await SheetAsync("Hồ sơ", CaseHeader, cases.Select(c => CaseRow(c, settings).Select(v => new Cell(v)).ToArray()), 22);
            await book.FinishAsync(cancellationToken);
        }
        return buffer.ToArray();
    }

    /// <summary>The headline figures, in the order the page and the report give them.</summary>
    public static IEnumerable<(string Label, Cell Value)> Summary(FeedbackReport report)
    {
        yield return ("Kỳ thống kê", new Cell($"{report.Period.From:dd/MM/yyyy} - {report.Period.To:dd/MM/yyyy}"));
        yield return ("Số hồ sơ tiếp nhận", new Cell(report.Total));
        yield return ("Đã trả lời", new Cell(report.Answered));
        yield return ("Trả lời đúng hạn", new Cell(report.AnsweredOnTime));
        yield return ("Tỷ lệ trả lời đúng hạn (%)", new Cell(Percent(report.OnTimeRate)));
        yield return ("Đang xử lý", new Cell(report.Open));
        yield return ($"Đang quá hạn (tính đến {report.Today:dd/MM/yyyy})", new Cell(report.OpenOverdue));
        yield return ("Không đủ điều kiện tiếp nhận", new Cell(report.NotAccepted));
        yield return ("Trùng với hồ sơ khác", new Cell(report.Duplicates));
        yield return ("Đã gia hạn", new Cell(report.Extended));
        yield return ("Chuyển cơ quan có thẩm quyền", new Cell(report.Forwarded));
        yield return ("Trung vị số ngày làm việc đến khi chuyển", new Cell(report.MedianDaysToForward));
        yield return ("Trung vị số ngày làm việc đến khi trả lời", new Cell(report.MedianDaysToAnswer));
        yield return ("Số lượt đánh giá", new Cell(report.Rated));
        yield return ("Điểm hài lòng trung bình (1-5)", new Cell(report.AverageRating is { } average ? Math.Round(average, 2) : null));
        yield return ("Tỷ lệ hài lòng (4-5 điểm, %)", new Cell(Percent(report.SatisfiedRate)));
    }

    private static double? Percent(double? rate) => rate is { } value ? Math.Round(value * 100, 1) : null;
}
