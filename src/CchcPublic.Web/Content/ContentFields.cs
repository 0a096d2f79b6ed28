using System.Globalization;
using CchcPublic.Web.Media;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Content;

/// <summary>Checks and normalises the type-specific field values declared in content-types.yaml.</summary>
public static class ContentFields
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Returns the stored form of the value, or an error in Vietnamese.</summary>
    public static (string? Value, string? Error) Normalize(FieldDefinition field, string? raw)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return field.Required ? (null, $"{field.Label} là bắt buộc.") : (null, null);
        }
        switch (field.Type)
        {
            case "int" or "media":
                return int.TryParse(value, NumberStyles.Integer, Invariant, out var number) && number >= 0
                    ? (number.ToString(Invariant), null)
                    : (null, $"{field.Label} phải là số nguyên không âm.");
            case "decimal":
                // Vietnamese writes 86,45; forms may also send 86.45.
                return decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, Invariant, out var dec)
                    ? (dec.ToString(Invariant), null)
                    : (null, $"{field.Label} phải là số (ví dụ 86,45).");
            case "date":
                return DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd/MM/yyyy"], Invariant, DateTimeStyles.None, out var date)
                    ? (date.ToString("yyyy-MM-dd", Invariant), null)
                    : (null, $"{field.Label} phải là ngày (dd/MM/yyyy).");
            case "datetime":
                return DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm"], Invariant, DateTimeStyles.None, out var moment)
                    ? (moment.ToString("yyyy-MM-ddTHH:mm", Invariant), null)
                    : (null, $"{field.Label} phải là ngày giờ (dd/MM/yyyy HH:mm).");
            case "bool":
                return value is "true" or "on" or "1" ? ("true", null) : value is "false" or "0" ? (null, null) : (null, $"{field.Label}: giá trị không hợp lệ.");
            case "url":
                return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? (uri.ToString(), null)
                    : (null, $"{field.Label} phải là địa chỉ http(s) đầy đủ.");
            case "choice":
                return field.Options.Contains(value) ? (value, null) : (null, $"{field.Label}: lựa chọn không hợp lệ.");
            case "media-list" or "content-list":
                var ids = value.Split([',', ' ', '\n', ';'], StringSplitOptions.RemoveEmptyEntries);
                return ids.All(i => int.TryParse(i, NumberStyles.Integer, Invariant, out var id) && id > 0)
                    ? (string.Join(',', ids), null)
                    : (null, $"{field.Label}: danh sách mã không hợp lệ (các số cách nhau bởi dấu phẩy).");
            case "key-value":
                var lines = value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return lines.All(l => l.Contains('=', StringComparison.Ordinal))
                    ? (string.Join('\n', lines), null)
                    : (null, $"{field.Label}: mỗi dòng có dạng “tên = giá trị”.");
            default:
                return (value, null);
        }
    }

    public static IEnumerable<int> MediaIds(ContentTypeDefinition type, ContentRevision revision)
    {
        if (revision.CoverMediaId is { } cover)
        {
            yield return cover;
        }
        foreach (var field in type.Fields.Where(f => f.Type is "media" or "media-list"))
        {
            foreach (var id in (revision.Field(field.Name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return int.Parse(id, Invariant);
            }
        }
    }

    public static MediaKind? ExpectedKind(FieldDefinition field) => field.Name.ToLowerInvariant() switch
    {
        var n when n.Contains("caption", StringComparison.Ordinal) => MediaKind.Captions,
        var n when n.Contains("pdf", StringComparison.Ordinal) => MediaKind.Pdf,
        var n when n is "image" or "poster" or "cover" => MediaKind.Image,
        _ => null,
    };

    /// <summary>A stored number as Vietnamese readers write it (86,45); anything else unchanged; nothing stays nothing.</summary>
    public static string? DisplayNumber(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? null
        : decimal.TryParse(stored, NumberStyles.Number, Invariant, out var number) ? number.ToString("#,0.###", CultureInfo.GetCultureInfo("vi-VN"))
        : stored;

    public static IReadOnlyList<(string Name, string Value)> KeyValues(string? stored) =>
        (stored ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('=', 2))
            .Select(p => (p[0].Trim(), p.Length > 1 ? p[1].Trim() : ""))
            .ToList();
}
