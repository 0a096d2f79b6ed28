namespace CchcPublic.Web.Feedback;

/// <summary>Settings under Cchc:Feedback (anti-abuse, limits) and Cchc:Open311 (API keys).</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Cchc:Feedback";

    public CaptchaOptions Captcha { get; set; } = new();

    /// <summary>Form and API submissions allowed per client IP address and hour.</summary>
    public int SubmissionsPerIpPerHour { get; set; } = 30;

    /// <summary>Cases accepted from one phone number or email address per 24 hours.</summary>
    public int SubmissionsPerContactPerDay { get; set; } = 5;

    /// <summary>Wrong code/key pairs allowed per client IP address per 15 minutes on the tracking page.</summary>
    public int LookupFailuresPerIp { get; set; } = 10;

    /// <summary>How often deadlines, closing, retention and reorganisation moves are checked.</summary>
    public int MaintenanceSeconds { get; set; } = 300;

    public int MaxAttachments { get; set; } = 5;
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
}

public enum CaptchaProvider
{
    Altcha,
    Recaptcha,
}

public sealed class CaptchaOptions
{
    public CaptchaProvider Provider { get; set; } = CaptchaProvider.Altcha;
    public AltchaOptions Altcha { get; set; } = new();
    public RecaptchaOptions Recaptcha { get; set; } = new();
}

public sealed class AltchaOptions
{
    /// <summary>HMAC key signing challenges; every node needs the same. Generated into keys/altcha.key when empty.</summary>
    public string? HmacKey { get; set; }

    /// <summary>Upper bound of the secret number: the expected work is half of it (about a second on a phone at 100000).</summary>
    public int MaxNumber { get; set; } = 100_000;

    public int ExpiresMinutes { get; set; } = 30;
}

public sealed class RecaptchaOptions
{
    public string SiteKey { get; set; } = "";
    public string SecretKey { get; set; } = "";

    /// <summary>2 (checkbox) or 3 (score).</summary>
    public int Version { get; set; } = 2;

    /// <summary>Scores below this (v3) are refused.</summary>
    public double MinScore { get; set; } = 0.5;

    public string VerifyUrl { get; set; } = "https://www.google.com/recaptcha/api/siteverify";

    /// <summary>Action name the v3 script sends and the server expects back.</summary>
    public string Action { get; set; } = "phan_anh";
}

/// <summary>Cchc:Open311: client name → api_key.</summary>
public sealed class Open311Options
{
    public const string Section = "Cchc:Open311";

    public Dictionary<string, string> ApiKeys { get; set; } = [];
}
