using CchcPublic.Web.Feedback.Publication;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("Gọi số 0255 3 939393 giờ hành chính.", "Gọi số [số điện thoại] giờ hành chính.")]
    [InlineData("Liên hệ 0941.121.279 hoặc 0941121279.", "Liên hệ [số điện thoại] hoặc [số điện thoại].")]
    [InlineData("Số máy (0255) 3822222 của bộ phận một cửa.", "Số máy [số điện thoại] của bộ phận một cửa.")]
    [InlineData("Di động +84 905 123 456.", "Di động [số điện thoại].")]
    [InlineData("Email: tran.binh@gmail.com, xin trả lời.", "Email: [email], xin trả lời.")]
    [InlineData("CCCD số 051 095 001 234 cấp ngày 01/01/2022.", "CCCD số [số giấy tờ] cấp ngày 01/01/2022.")]
    [InlineData("Số định danh 051095001234.", "Số định danh [số giấy tờ].")]
    [InlineData("CMND 212345678 đã hết hạn.", "CMND [số giấy tờ] đã hết hạn.")]
    [InlineData("Hộ chiếu C1234567.", "Hộ chiếu [số giấy tờ].")]
    public void Phones_emails_and_ID_numbers_are_replaced_whatever_their_spacing(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataRedactor.Redact(text).Text);
    }

    [Theory]
    [InlineData("Tôi là Nguyễn Văn An, đã nộp hồ sơ.", "Tôi là [họ tên], đã nộp hồ sơ.")]
    [InlineData("Bà Lê Thị Hoa ở thôn An Hòa cho biết.", "Bà [họ tên] ở [địa chỉ] cho biết.")]
    [InlineData("Anh Tuấn đến nộp hồ sơ ba lần.", "Anh [họ tên] đến nộp hồ sơ ba lần.")]
    [InlineData("Gia đình ông Phạm Minh Đức, số 12 đường Lê Lợi, phường Nghĩa Lộ.", "Gia đình ông [họ tên], [địa chỉ], phường Nghĩa Lộ.")]
    [InlineData("Họ và tên: Võ Thị Mai", "Họ và tên: [họ tên]")]
    public void Vietnamese_names_and_home_addresses_are_replaced(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataRedactor.Redact(text).Text);
    }

    [Theory]
    [InlineData("Theo Quyết định số 1256/QĐ-UBND ngày 12/3/2025 và Nghị định 63/2024/NĐ-CP.")]
    [InlineData("Lệ phí chứng thực là 2.000 đồng/trang; hồ sơ 000.00.12.H48-240115-0001.")]
    [InlineData("Cán bộ Sở Tư pháp tại đường Lê Lợi, phường Trần Phú trả lời trong 10 ngày làm việc.")]
    [InlineData("Đoàn Thanh niên xã và Hội Phụ nữ phối hợp tuyên truyền tại Hà Nội và Lý Sơn.")]
    [InlineData("Ông Chủ tịch UBND xã đã chỉ đạo. Cao điểm giải quyết hồ sơ là tháng 12.")]
    [InlineData("Đường dây nóng 1022 tiếp nhận phản ánh.")]
    public void Document_numbers_dates_amounts_places_and_titles_are_left_alone(string text)
    {
        var result = PersonalDataRedactor.Redact(text);
        Assert.Equal(text, result.Text);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void The_senders_own_details_are_found_in_any_case_accents_or_spacing_and_each_finding_says_what_it_was()
    {
        var text = "Ông TRAN VAN BINH (0941 121 279, binh.tv@example.vn) ở Thôn An Hòa, xã Nghĩa Kỳ phản ánh.";
        var result = PersonalDataRedactor.Redact(text, ["Trần Văn Bình", "0941121279", "Binh.TV@example.vn", "Thôn An Hòa, xã Nghĩa Kỳ"]);

        Assert.DoesNotContain("BINH", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0941", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.vn", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("An Hòa", result.Text, StringComparison.Ordinal);
        Assert.Equal(
            [PersonalDataKind.Name, PersonalDataKind.Phone, PersonalDataKind.Email, PersonalDataKind.Address],
            result.Findings.Select(f => f.Kind));
        Assert.Equal("0941 121 279", result.Findings[1].Original);
        Assert.All(result.Findings, f => Assert.Equal(f.Original, text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void Text_typed_in_decomposed_form_is_checked_and_returned_in_NFC()
    {
        var nfd = "Tôi là Nguyễn Văn An.".Normalize(System.Text.NormalizationForm.FormD);
        var result = PersonalDataRedactor.Redact(nfd);
        Assert.Equal("Tôi là [họ tên].", result.Text);
        Assert.True(result.Text.IsNormalized(System.Text.NormalizationForm.FormC));
    }
}
