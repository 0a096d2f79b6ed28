using CchcPublic.Tests.Support;
using CchcPublic.Web.SiteConfig;
using Xunit;

namespace CchcPublic.Tests.Integration;

public sealed class ConfigStartupTests
{
    [Fact]
    public void Shipped_configuration_is_valid_and_complete()
    {
        var config = ConfigLoader.Load(Repository.ConfigFolder);

        Assert.Equal(10, config.Themes.Count);
        Assert.Contains(config.ContentTypes, t => t.Code == "bulletin" && t.Section == "ban-tin");
        Assert.Single(config.Agencies, a => a.ReceivesFeedback);
        Assert.All(config.Agencies.Where(a => a.ValidTo is null && a.Level != "province"), a => Assert.NotEmpty(a.Hotlines));
        Assert.False(string.IsNullOrWhiteSpace(config.Site.Hotline.Phone));
    }

    [Fact]
    public async Task A_broken_agency_file_stops_start_up_naming_the_file_the_line_and_the_problem()
    {
        var folder = Repository.CopyOfConfig();
        var path = Path.Combine(folder, ConfigLoader.AgenciesFile);
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l.Trim() == "- code: SO-TU-PHAP");
        lines.Insert(index + 1, "    parent: KHONG-TON-TAI");
        var parentLine = lines.FindIndex(index + 2, l => l.TrimStart().StartsWith("parent:", StringComparison.Ordinal));
        lines.RemoveAt(parentLine);
        File.WriteAllLines(path, lines);
        await using var site = new SqliteSite { ConfigPath = folder };

        var error = Assert.ThrowsAny<Exception>(() => site.Browser());

        var config = FindConfigException(error);
        var problem = Assert.Single(config.Errors);
        Assert.Equal("agencies.yaml", problem.File);
        Assert.Equal(index + 1, problem.Line);
        Assert.Contains("KHONG-TON-TAI", problem.Message);
        Assert.Contains($"agencies.yaml, dòng {index + 1}", config.Message);
    }

    [Fact]
    public async Task A_YAML_syntax_error_is_reported_with_its_line()
    {
        var folder = Repository.CopyOfConfig();
        var path = Path.Combine(folder, ConfigLoader.SiteFile);
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(3, "  unknownKey: [unclosed");
        File.WriteAllLines(path, lines);
        await using var site = new SqliteSite { ConfigPath = folder };

        var config = FindConfigException(Assert.ThrowsAny<Exception>(() => site.Browser()));

        var problem = Assert.Single(config.Errors);
        Assert.Equal("site.yaml", problem.File);
        Assert.InRange(problem.Line, 4, 5);
    }

    [Fact]
    public async Task An_unknown_content_field_type_is_refused()
    {
        var folder = Repository.CopyOfConfig();
        var path = Path.Combine(folder, ConfigLoader.ContentTypesFile);
        var text = File.ReadAllText(path);
        var at = text.IndexOf("type: int", StringComparison.Ordinal);
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), "type: integer", text.AsSpan(at + "type: int".Length)));
        await using var site = new SqliteSite { ConfigPath = folder };

        var config = FindConfigException(Assert.ThrowsAny<Exception>(() => site.Browser()));

        Assert.Contains(config.Errors, e => e.File == "content-types.yaml" && e.Message.Contains("'integer'", StringComparison.Ordinal) && e.Line > 0);
    }

    private static ConfigException FindConfigException(Exception error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is ConfigException config)
            {
                return config;
            }
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Select(FindOrNull).OfType<ConfigException>().FirstOrDefault() is { } found)
            {
                return found;
            }
        }
        throw new Xunit.Sdk.XunitException("Expected a ConfigException, got: " + error);
    }

    private static ConfigException? FindOrNull(Exception error)
    {
        try
        {
            return FindConfigException(error);
        }
        catch (Xunit.Sdk.XunitException)
        {
            return null;
        }
    }
}

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_429_with_a_Vietnamese_page()
    {
        await using var site = new SqliteSite { SignInAttemptsPerMinute = 3 };
        var client = site.Browser();
        var token = Html.Antiforgery(await client.GetDocumentAsync("/quan-tri/dang-nhap"));
        HttpResponseMessage Post() => client.PostAsync("/quan-tri/dang-nhap", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Form.Email", "ai.do@kiemthu.local"), new("Form.Password", "doan-mo-2026")])).Result;

        var statuses = Enumerable.Range(0, 4).Select(_ => (int)Post().StatusCode).ToList();

        Assert.Equal([200, 200, 200, 429], statuses);
        var page = await client.GetDocumentAsync("/quan-tri/dang-nhap");
        Assert.Equal("Đăng nhập trang quản trị", page.QuerySelector("h1")!.TextContent);
    }
}
