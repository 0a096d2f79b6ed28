using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;

namespace CchcPublic.Tests.Support;

public sealed record Attachment(string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>Sends the public feedback form the way a browser does, solving the proof-of-work challenge like the widget.</summary>
public static class FeedbackForms
{
    public const string FormUrl = "/phan-anh-kien-nghi";

    public static Dictionary<string, string> ValidFields(string phone, string title = "Chậm trả kết quả cấp giấy phép xây dựng") => new()
    {
        ["Form.Category"] = "thu-tuc-hanh-chinh",
        ["Form.ProcedureName"] = "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        ["Form.Title"] = title,
        ["Form.Content"] = "Hồ sơ nộp ngày 02/11 đã quá hạn trả kết quả mười ngày nhưng chưa được giải quyết, không có thông báo lý do.",
        ["Form.FullName"] = "Nguyễn Thị Hoa",
        ["Form.Address"] = "Tổ 3, phường Trương Quang Trọng",
        ["Form.Phone"] = phone,
        ["Form.Consent"] = "true",
        ["Form.PublishAnswer"] = "co",
    };

    /// <summary>Finds the secret number of an altcha challenge (SHA-256 of salt + number) as the widget's worker does.</summary>
    public static async Task<string> SolveChallengeAsync(HttpClient client)
    {
        using var challenge = JsonDocument.Parse(await client.GetStringAsync("/phan-anh-kien-nghi/thu-thach"));
        var root = challenge.RootElement;
        var salt = root.GetProperty("salt").GetString()!;
        var target = root.GetProperty("challenge").GetString()!;
        var max = root.GetProperty("maxnumber").GetInt32();
        for (var n = 0; n <= max; n++)
        {
            if (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + n.ToString(CultureInfo.InvariantCulture)))) == target)
            {
                var payload = JsonSerializer.Serialize(new
                {
                    algorithm = "SHA-256", challenge = target, number = n, salt, signature = root.GetProperty("signature").GetString(), took = 1,
                });
                return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload));
            }
        }
        throw new InvalidOperationException("Challenge without a solution.");
    }

    /// <summary>GETs the form, then posts it as multipart with the antiforgery token and, unless given, a solved challenge.</summary>
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, IDictionary<string, string> fields,
        IEnumerable<Attachment>? files = null, string? altcha = null, bool solve = true, string url = FormUrl)
    {
        var page = await client.GetDocumentAsync(url);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Html.Antiforgery(page)), "__RequestVerificationToken" },
        };
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }
        if (solve || altcha is not null)
        {
            content.Add(new StringContent(altcha ?? await SolveChallengeAsync(client)), "altcha");
        }
        foreach (var file in files ?? [])
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            content.Add(part, url == FormUrl ? "Form.Files" : "Form.Files", file.FileName);
        }
        return await client.PostAsync(url, content);
    }

    /// <summary>Follows the redirect to the receipt and returns the code and the key shown on it.</summary>
    public static async Task<(string Code, string Key, IDocument Receipt)> ReceiptAsync(this HttpClient client, HttpResponseMessage sent)
    {
        if ((int)sent.StatusCode != 302)
        {
            var body = await sent.Content.ReadAsStringAsync();
            var errors = Html.Parse(body).QuerySelector(".error-summary")?.TextContent ?? body[..Math.Min(500, body.Length)];
            throw new Xunit.Sdk.XunitException($"Expected a redirect to the receipt, got {(int)sent.StatusCode}: {errors}");
        }
        var receipt = await client.GetDocumentAsync(sent.Location());
        return (receipt.QuerySelector("#ma-ho-so")!.TextContent, receipt.QuerySelector("#khoa-tra-cuu")!.TextContent, receipt);
    }

    public static async Task<IDocument> TrackAsync(this HttpClient client, string code, string key, string handler = "", IDictionary<string, string>? fields = null)
    {
        var page = await client.GetDocumentAsync("/phan-anh-kien-nghi/tra-cuu");
        var all = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["ma"] = code, ["khoa"] = key, ["__RequestVerificationToken"] = Html.Antiforgery(page),
        };
        var url = "/phan-anh-kien-nghi/tra-cuu" + (handler.Length > 0 ? "?handler=" + handler : "");
        var response = await client.PostAsync(url, new FormUrlEncodedContent(all));
        return await response.ReadDocumentAsync();
    }

    /// <summary>A small real JPEG with an EXIF block carrying GPS coordinates, as phones write them.</summary>
    public static byte[] JpegWithGps()
    {
        using var bitmap = new SkiaSharp.SKBitmap(64, 48);
        bitmap.Erase(new SkiaSharp.SKColor(200, 30, 30));
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90).ToArray();
        var exif = ExifWithGps();
        // APP1 goes right after the SOI marker.
        var app1 = new List<byte> { 0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)((exif.Length + 2) & 0xFF) };
        app1.AddRange(exif);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    public static readonly byte[] GpsMarker = "GPS-15.1205N-108.8044E"u8.ToArray();

    // Exif header + a little-endian TIFF with one IFD entry pointing to a GPS IFD, and a recognisable text.
    private static byte[] ExifWithGps()
    {
        var tiff = new List<byte>();
        tiff.AddRange("Exif\0\0"u8.ToArray());
        tiff.AddRange([0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00]);
        tiff.AddRange([0x01, 0x00]);                               // one entry
        tiff.AddRange([0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1A, 0x00, 0x00, 0x00]); // GPSInfo → offset 26
        tiff.AddRange([0x00, 0x00, 0x00, 0x00]);                   // no next IFD
        tiff.AddRange([0x01, 0x00]);                               // GPS IFD: one entry
        tiff.AddRange([0x01, 0x00, 0x02, 0x00, 0x02, 0x00, 0x00, 0x00, (byte)'N', 0x00, 0x00, 0x00]); // GPSLatitudeRef = "N"
        tiff.AddRange([0x00, 0x00, 0x00, 0x00]);
        tiff.AddRange(GpsMarker);
        return tiff.ToArray();
    }

    public static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(20, 20);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
    }
}
