using System.Text.Json.Serialization;

namespace CchcPublic.Web.Feedback.Captcha;

/// <summary>
/// Google reCAPTCHA v2 or v3 through the siteverify protocol: the token is posted with the secret to the
/// configured URL; v3 also needs a score at or above the minimum and the expected action.
/// </summary>
public sealed class RecaptchaCaptcha(IHttpClientFactory clients, FeedbackOptions feedback, ILogger<RecaptchaCaptcha> logger) : ICaptcha
{
    public const string HttpClientName = "recaptcha";

    private RecaptchaOptions Options => feedback.Captcha.Recaptcha;

    public string FieldName => "g-recaptcha-response";

    public async Task<bool> VerifyAsync(string? response, string? remoteIp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(response) || response.Length > 4096)
        {
            return false;
        }
        var fields = new Dictionary<string, string> { ["secret"] = Options.SecretKey, ["response"] = response };
        if (remoteIp is not null)
        {
            fields["remoteip"] = remoteIp;
        }
        try
        {
            using var reply = await clients.CreateClient(HttpClientName)
                .PostAsync(Options.VerifyUrl, new FormUrlEncodedContent(fields), cancellationToken);
            if (!reply.IsSuccessStatusCode)
            {
                logger.LogWarning("reCAPTCHA siteverify trả về {Status}", (int)reply.StatusCode);
                return false;
            }
            var result = await reply.Content.ReadFromJsonAsync<SiteVerifyResult>(cancellationToken);
            if (result is not { Success: true })
            {
                return false;
            }
            return Options.Version != 3 || (result.Score >= Options.MinScore && (result.Action is null || result.Action == Options.Action));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            // Cannot verify means cannot accept; the form says so and keeps what was typed.
            logger.LogWarning(ex, "Không gọi được reCAPTCHA siteverify");
            return false;
        }
    }

    private sealed class SiteVerifyResult
    {
        [JsonPropertyName("success")] public bool Success { get; set; }
        [JsonPropertyName("score")] public double? Score { get; set; }
        [JsonPropertyName("action")] public string? Action { get; set; }
        [JsonPropertyName("hostname")] public string? Hostname { get; set; }
    }
}
