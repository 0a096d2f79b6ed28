namespace CchcPublic.Web.Infrastructure.Text;

/// <summary>Phone numbers are stored as digits and shown in the local style (0255 3 712 300, 0941 121 279).</summary>
public static class PhoneFormat
{
    public static string Digits(string raw) => new(raw.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());

    public static string Display(string digits) => digits.Length switch
    {
        11 when digits.StartsWith("02", StringComparison.Ordinal) =>
            $"{digits[..4]} {digits[4]} {digits[5..8]} {digits[8..]}",
        10 when digits.StartsWith('0') => $"{digits[..4]} {digits[4..7]} {digits[7..]}",
        _ => digits,
    };

    public static string TelUri(string digits) => "tel:" + (digits.StartsWith('0') ? "+84" + digits[1..] : digits);
}
