using CchcPublic.Tests.Support;
using CchcPublic.Web.Agencies;
using CchcPublic.Web.Feedback.Handling;
using CchcPublic.Web.SiteConfig;
using Xunit;

namespace CchcPublic.Tests.Unit;

/// <summary>The routing table in umbraco-config/feedback.yaml, applied to the agencies in force today.</summary>
public sealed class FeedbackRoutingTests
{
    private static readonly CchcConfig Config = ConfigLoader.Load(Repository.ConfigFolder);

    private static readonly IReadOnlyList<Agency> Current = Config.Agencies
        .Select((a, i) => new Agency
        {
            Id = i + 1, Code = a.Code, Name = a.Name, ShortName = a.ShortName, Level = AgencyLevels.Parse(a.Level)!.Value,
            ValidFrom = a.ValidFrom, ValidTo = a.ValidTo, ReceivesFeedback = a.ReceivesFeedback,
        })
        .Where(a => a.ValidTo is null)
        .ToList();

    private static readonly FeedbackRouter Router = new(Config.Feedback);

    private static int? Id(string? code) => code is null ? null : Current.Single(a => a.Code == code).Id;

    private static string CodeOf(int id) => Current.Single(a => a.Id == id).Code;

    [Theory]
    [InlineData("thu-tuc-hanh-chinh", null, "UBND phường Nghĩa Lộ", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", 2, "P-NGHIA-LO")]
    [InlineData("thu-tuc-hanh-chinh", null, "UBND phường Cẩm Thành", "Đăng ký khai sinh", 3, "P-CAM-THANH")]
    [InlineData("thu-tuc-hanh-chinh", null, null, "Đăng ký đất đai lần đầu", 4, "SO-NN-MT")]
    [InlineData("thu-tuc-hanh-chinh", null, null, "Cấp phiếu lý lịch tư pháp", 5, "SO-TU-PHAP")]
    [InlineData("thu-tuc-hanh-chinh", null, "UBND phường Kon Tum", "Đăng ký thành lập hộ kinh doanh", 6, "SO-TAI-CHINH")]
    [InlineData("thu-tuc-hanh-chinh", "SO-XAY-DUNG", null, "Cấp giấy phép xây dựng", 7, "SO-XAY-DUNG")]
    [InlineData("thu-tuc-hanh-chinh", "P-NGHIA-LO", null, "Chứng nhận hợp đồng", 8, "P-NGHIA-LO")]
    [InlineData("hanh-vi-can-bo", "SO-Y-TE", null, null, 1, "SO-Y-TE")]
    public void A_matching_rule_sends_the_case_to_its_agency_and_says_which_rule(
        string category, string? subject, string? commune, string? procedure, int rule, string expected)
    {
        var decision = Router.Route(new RoutingRequest(category, Id(subject), commune, procedure, "Phản ánh thử nghiệm"), Current);

        Assert.Equal(rule, decision.Rule);
        Assert.Equal(expected, CodeOf(decision.AgencyId));
        Assert.StartsWith($"Quy tắc {rule}: ", decision.Explanation);
        Assert.EndsWith($"→ {Current.Single(a => a.Code == expected).Name}", decision.Explanation);
    }

    [Theory]
    [InlineData("khac", null, null, null)]
    [InlineData("quy-dinh-hanh-chinh", null, null, "Đề nghị bỏ yêu cầu bản sao chứng thực")]
    [InlineData("hanh-vi-can-bo", null, null, null)]
    [InlineData("thu-tuc-hanh-chinh", null, null, "Thủ tục không thuộc quy tắc nào")]
    public void A_case_no_rule_matches_waits_in_the_coordinating_offices_triage_queue(string category, string? subject, string? commune, string? procedure)
    {
        var decision = Router.Route(new RoutingRequest(category, Id(subject), commune, procedure, "Góp ý chung"), Current);

        Assert.Null(decision.Rule);
        Assert.Equal("VP-UBND", CodeOf(decision.AgencyId));
        Assert.StartsWith("Không có quy tắc nào phù hợp → hàng đợi phân loại của Văn phòng", decision.Explanation);
    }

    [Fact]
    public void Keywords_match_whole_syllables_with_their_diacritics()
    {
        // "đất đai" is a land procedure; "dát đài" is not, though both fold to "dat dai".
        var land = Router.Route(new RoutingRequest("thu-tuc-hanh-chinh", null, null, "Giải quyết tranh chấp đất đai", "Chậm"), Current);
        var other = Router.Route(new RoutingRequest("thu-tuc-hanh-chinh", null, null, "Tranh chấp dát đài", "Chậm"), Current);

        Assert.Equal("SO-NN-MT", CodeOf(land.AgencyId));
        Assert.Null(other.Rule);
    }

    [Fact]
    public void A_rule_naming_a_retired_agency_stops_the_site_with_file_and_line()
    {
        var folder = Repository.CopyOfConfig();
        var path = Path.Combine(folder, ConfigLoader.FeedbackFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("to: SO-TAI-CHINH", "to: SO-KHDT", StringComparison.Ordinal));

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(folder));

        var message = Assert.Single(error.Errors, e => e.Message.Contains("SO-KHDT", StringComparison.Ordinal));
        Assert.Equal(ConfigLoader.FeedbackFile, message.File);
        Assert.True(message.Line > 0);
        Assert.Contains("đã hết hiệu lực", message.Message);
    }
}
