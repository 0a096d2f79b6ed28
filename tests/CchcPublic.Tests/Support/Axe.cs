using System.Text.Json;
using Microsoft.Playwright;

namespace CchcPublic.Tests.Support;

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Impact} {Id}: {Help} at {string.Join(", ", Targets)}";
}

/// <summary>Runs axe-core (pinned in package.json, installed by the build) against WCAG 2.1 A and AA rules.</summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(Repository.Root, "tests", "CchcPublic.Tests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException("axe-core missing: run npm ci in tests/CchcPublic.Tests", path);
    });

    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Source.Value });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
            }
            """);
        return json.EnumerateArray()
            .Select(v => new AxeViolation(v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString() ?? "",
                v.GetProperty("help").GetString()!, v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .Where(v => v.Impact is "serious" or "critical")
            .ToList();
    }
}
