namespace CchcPublic.Web.Feedback.Captcha;

/// <summary>The anti-abuse check in front of the public form; the provider is chosen by Cchc:Feedback:Captcha:Provider.</summary>
public interface ICaptcha
{
    /// <summary>Name of the form field the widget fills.</summary>
    string FieldName { get; }

    Task<bool> VerifyAsync(string? response, string? remoteIp, CancellationToken cancellationToken);
}
