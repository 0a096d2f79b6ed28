using System.Text;

namespace CchcPublic.Web.Infrastructure.Text;

/// <summary>Vietnamese text arrives as NFC or NFD depending on the keyboard; everything is stored as NFC.</summary>
public static class Nfc
{
    public static string Normalize(string value) =>
        value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);

    public static string? NormalizeOrNull(string? value) => value is null ? null : Normalize(value);
}
