namespace CchcPublic.Web.Infrastructure.Mail;

/// <summary>Cchc:Mail. Without an SMTP host, mails are written as .eml files to the data folder's mail/ pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Cchc:Mail";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;

    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "khong-tra-loi@cchc.local";
    public string FromName { get; set; } = "Cải cách hành chính tỉnh Quảng Ngãi";

    /// <summary>Attempts before a mail is given up (kept, marked, visible to administrators).</summary>
    public int MaxAttempts { get; set; } = 10;

    public int PollSeconds { get; set; } = 5;
}
