namespace CchcPublic.Web.SiteConfig;

public sealed record ConfigError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}, dòng {Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>A broken file in umbraco-config/ stops the site, saying which file, which line and what is wrong.</summary>
public sealed class ConfigException(IReadOnlyList<ConfigError> errors)
    : Exception("Cấu hình umbraco-config không hợp lệ:" + Environment.NewLine +
                string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<ConfigError> Errors { get; } = errors;
}
