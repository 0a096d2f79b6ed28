using CchcPublic.Web.Infrastructure.Text;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class TextTests
{
    [Theory]
    [InlineData("0255. 3712.300", "02553712300", "0255 3 712 300", "tel:+842553712300")]
    [InlineData("0255 3 939393", "02553939393", "0255 3 939 393", "tel:+842553939393")]
    [InlineData("0941.121.279", "0941121279", "0941 121 279", "tel:+84941121279")]
    [InlineData("1022", "1022", "1022", "tel:1022")]
    public void Phone_numbers_are_stored_as_digits_and_shown_in_the_local_style(string typed, string digits, string shown, string uri)
    {
        Assert.Equal(digits, PhoneFormat.Digits(typed));
        Assert.Equal(shown, PhoneFormat.Display(digits));
        Assert.Equal(uri, PhoneFormat.TelUri(digits));
    }

    [Fact]
    public void Decomposed_Vietnamese_becomes_NFC_and_NFC_is_returned_untouched()
    {
        const string composed = "Quảng Ngãi – thủ tục hành chính";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(composed, Nfc.Normalize(decomposed));
        Assert.Same(composed, Nfc.Normalize(composed));
    }

    [Fact]
    public void Times_are_shown_in_Vietnam_time_as_day_month_year()
    {
        var utc = new DateTime(2026, 12, 31, 17, 30, 0, DateTimeKind.Utc);

        Assert.Equal("01/01/2027 00:30", VnTime.Display(utc));
        Assert.Equal("28/02/2025", VnTime.Display(new DateOnly(2025, 2, 28)));
        Assert.Equal(new DateTime(2026, 6, 29, 17, 0, 0, DateTimeKind.Utc), VnTime.StartOfDayUtc(new DateOnly(2026, 6, 30)));
    }
}
