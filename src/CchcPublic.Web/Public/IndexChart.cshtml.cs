using System.Text.Json;
using CchcPublic.Web.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CchcPublic.Web.Public;

/// <summary>One index over the years: trend chart, latest sub-scores, and the same figures as tables.</summary>
[OutputCache(PolicyName = ContentExtensions.PublicCachePolicy)]
public sealed class IndexChartModel(PublishedContent snapshot) : PageModel
{
    public IndexInfo Index { get; private set; } = null!;
    public IReadOnlyList<IndexPoint> Points { get; private set; } = [];
    public IndexPoint? Latest => Points.LastOrDefault(p => p.SubScores.Count > 0);

    public IActionResult OnGet(string code)
    {
        if (IndexResults.Find(code) is not { } index)
        {
            return NotFound();
        }
        Index = index;
        Points = IndexResults.Series(snapshot, index.Code);
        return Page();
    }

    /// <summary>Chart data for the script; the chart only ever draws what the tables show.</summary>
    public string TrendJson => JsonSerializer.Serialize(new
    {
        labels = Points.Select(p => p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        score = Points.Select(p => p.Score),
        rank = Points.Select(p => p.Rank),
        ranked = Points.Select(p => p.RankedCount).FirstOrDefault(r => r is not null) ?? 63,
    });

    public string SubScoresJson => JsonSerializer.Serialize(new
    {
        labels = Latest?.SubScores.Select(s => s.Name) ?? [],
        values = Latest?.SubScores.Select(s => s.Value) ?? [],
    });
}
