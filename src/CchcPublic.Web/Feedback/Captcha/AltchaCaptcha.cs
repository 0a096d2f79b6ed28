using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CchcPublic.Web.Infrastructure;
using Microsoft.Extensions.Caching.Memory;

namespace CchcPublic.Web.Feedback.Captcha;

/// <summary>
/// Self-hosted proof of work for the altcha widget (its first challenge format, which the 3.x widget still
/// solves): the browser finds the number n with SHA-256(salt + n) = challenge; the server signed the
/// challenge with HMAC-SHA-256, so it only recomputes one hash and one HMAC. The salt carries its expiry;
/// a solved challenge is accepted once.
/// </summary>
public sealed class AltchaCaptcha : ICaptcha
{
    private readonly byte[] key;
    private readonly AltchaOptions options;
    private readonly TimeProvider clock;
    private readonly IMemoryCache used;

    public AltchaCaptcha(FeedbackOptions feedback, AppPaths paths, TimeProvider clock, IMemoryCache used)
    {
        options = feedback.Captcha.Altcha;
        this.clock = clock;
        this.used = used;
        key = options.HmacKey is { Length: > 0 } configured ? Encoding.UTF8.GetBytes(configured) : LoadOrCreateKey(paths);
    }

    public string FieldName => "altcha";

    public AltchaChallenge CreateChallenge()
    {
        var expires = clock.GetUtcNow().AddMinutes(options.ExpiresMinutes).ToUnixTimeSeconds();
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + "?expires=" + expires.ToString(CultureInfo.InvariantCulture);
        var number = RandomNumberGenerator.GetInt32(0, options.MaxNumber + 1);
        var challenge = Sha256Hex(salt + number.ToString(CultureInfo.InvariantCulture));
        return new AltchaChallenge("SHA-256", challenge, options.MaxNumber, salt, Sign(challenge));
    }

    public Task<bool> VerifyAsync(string? response, string? remoteIp, CancellationToken cancellationToken) =>
        Task.FromResult(Verify(response));

    private bool Verify(string? response)
    {
        if (string.IsNullOrWhiteSpace(response) || response.Length > 4096)
        {
            return false;
        }
        AltchaPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<AltchaPayload>(Convert.FromBase64String(response));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
        if (payload is not { Algorithm: "SHA-256", Challenge: { } challenge, Salt: { } salt, Signature: { } signature } || payload.Number < 0)
        {
            return false;
        }
        var query = salt.Split('?', 2) is [_, var q] ? System.Web.HttpUtility.ParseQueryString(q) : null;
        if (!long.TryParse(query?["expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires < clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }
        var recomputed = Sha256Hex(salt + payload.Number.ToString(CultureInfo.InvariantCulture));
        if (!FixedEquals(recomputed, challenge) || !FixedEquals(Sign(challenge), signature))
        {
            return false;
        }
        // Accept each solved challenge once, until it would have expired anyway.
        var replayKey = "altcha:" + signature;
        var fresh = false;
        lock (used)
        {
            if (!used.TryGetValue(replayKey, out _))
            {
                used.Set(replayKey, true, DateTimeOffset.FromUnixTimeSeconds(expires).AddMinutes(1));
                fresh = true;
            }
        }
        return fresh;
    }

    private string Sign(string challenge) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(challenge)));

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b.ToLowerInvariant()));

    private static byte[] LoadOrCreateKey(AppPaths paths)
    {
        var file = Path.Combine(paths.Keys, "altcha.key");
        if (!File.Exists(file))
        {
            try
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another node or process created it first; use theirs.
            }
        }
        return Encoding.ASCII.GetBytes(File.ReadAllText(file).Trim());
    }

    private sealed class AltchaPayload
    {
        [JsonPropertyName("algorithm")] public string? Algorithm { get; set; }
        [JsonPropertyName("challenge")] public string? Challenge { get; set; }
        [JsonPropertyName("number")] public long Number { get; set; }
        [JsonPropertyName("salt")] public string? Salt { get; set; }
        [JsonPropertyName("signature")] public string? Signature { get; set; }
    }
}

public sealed record AltchaChallenge(
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("challenge")] string Challenge,
    [property: JsonPropertyName("maxnumber")] int MaxNumber,
    [property: JsonPropertyName("salt")] string Salt,
    [property: JsonPropertyName("signature")] string Signature);
