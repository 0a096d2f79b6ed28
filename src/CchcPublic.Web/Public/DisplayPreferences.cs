namespace CchcPublic.Web.Public;

/// <summary>
/// Text size and contrast chosen with the A- / A / A+ and contrast controls. Kept in a cookie and applied
/// by the server, so the choice persists and works without JavaScript.
/// </summary>
public sealed record DisplayPreferences(int TextStep, bool HighContrast)
{
    public const string CookieName = "cchc-hien-thi";
    public const int MinStep = -1;
    public const int MaxStep = 2;

    public static readonly DisplayPreferences Default = new(0, false);

    public string CssClasses => string.Join(' ', new[]
    {
        TextStep switch { -1 => "text-small", 1 => "text-large", 2 => "text-larger", _ => "" },
        HighContrast ? "high-contrast" : "",
    }.Where(c => c.Length > 0));

    public static DisplayPreferences From(HttpContext context)
    {
        var raw = context.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(raw))
        {
            return Default;
        }
        var parts = raw.Split('.');
        var step = parts.Length > 0 && int.TryParse(parts[0], out var s) ? Math.Clamp(s, MinStep, MaxStep) : 0;
        var contrast = parts.Length > 1 && parts[1] == "1";
        return new DisplayPreferences(step, contrast);
    }

    public void Save(HttpContext context) => context.Response.Cookies.Append(CookieName, $"{TextStep}.{(HighContrast ? 1 : 0)}",
        new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
        });
}
