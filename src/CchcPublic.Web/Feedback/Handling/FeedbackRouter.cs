using CchcPublic.Web.Agencies;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.SiteConfig;

namespace CchcPublic.Web.Feedback.Handling;

/// <summary>What routing needs to know about a new case.</summary>
public sealed record RoutingRequest(string Category, int? SubjectAgencyId, string? Commune, string? ProcedureName, string Title);

/// <summary>The agency that receives the case, and the sentence that explains why, kept on the case.</summary>
public sealed record RoutingDecision(int AgencyId, string AgencyName, int? Rule, string Explanation);

/// <summary>
/// Maps category × agency concerned × place to the receiving agency with the rules in feedback.yaml: the first rule
/// that matches wins; when none does, the case waits in the triage queue of the coordinating office.
/// </summary>
public sealed class FeedbackRouter(FeedbackSettings settings)
{
    /// <param name="agencies">Agencies in force on the day of receipt.</param>
    public RoutingDecision Route(RoutingRequest request, IReadOnlyList<Agency> agencies)
    {
        var triage = TriageAgency(agencies);
        var subject = agencies.FirstOrDefault(a => a.Id == request.SubjectAgencyId);
        var place = PlaceAgency(request.Commune, agencies);
        var words = $" {TextFolding.Words($"{request.ProcedureName} {request.Title}")} ";
        foreach (var rule in settings.Routing)
        {
            if (!Matches(rule, request, subject, place, words))
            {
                continue;
            }
            var target = rule.To switch
            {
                RoutingRuleDefinition.ToSubject => subject,
                RoutingRuleDefinition.ToPlace => place,
                var code => agencies.FirstOrDefault(a => a.Code == code),
            };
            if (target is null)
            {
                // A rule can only name an agency retired since start-up; the case then waits for a person to decide.
                continue;
            }
            return new RoutingDecision(target.Id, target.Name, rule.Rule, $"Quy tắc {rule.Rule}: {rule.Description} → {target.Name}");
        }
        return new RoutingDecision(triage.Id, triage.Name, null, $"Không có quy tắc nào phù hợp → hàng đợi phân loại của {triage.Name}");
    }

    public Agency TriageAgency(IReadOnlyList<Agency> agencies) =>
        (settings.TriageAgency is { } code ? agencies.FirstOrDefault(a => a.Code == code) : null)
        ?? agencies.Where(a => a.ReceivesFeedback).OrderBy(a => a.Id).FirstOrDefault()
        ?? throw new InvalidOperationException("Danh mục không có cơ quan tiếp nhận phản ánh, kiến nghị (receivesFeedback).");

    public static Agency? PlaceAgency(string? commune, IReadOnlyList<Agency> agencies)
    {
        if (string.IsNullOrWhiteSpace(commune))
        {
            return null;
        }
        var name = commune.Trim();
        return agencies.FirstOrDefault(a => a.Level == AgencyLevel.Commune &&
            (string.Equals(a.ShortName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool Matches(RoutingRuleDefinition rule, RoutingRequest request, Agency? subject, Agency? place, string words)
    {
        if (rule.Categories.Count > 0 && !rule.Categories.Contains(request.Category))
            return false;
        if (rule.SubjectAgencies.Count > 0 && (subject is null || !rule.SubjectAgencies.Contains(subject.Code)))
            return false;
        if (rule.SubjectLevels.Count > 0 && (subject is null || !rule.SubjectLevels.Select(AgencyLevels.Parse).Contains(subject.Level)))
            return false;
        if (rule.Places.Count > 0 && (place is null || !rule.Places.Contains(place.Code)))
            return false;
        if (rule.Place == "any" && place is null)
            return false;
        if (rule.Place == "none" && place is not null)
            return false;
        return rule.Keywords.Count == 0 || rule.Keywords.Any(k => words.Contains($" {TextFolding.Words(k)} ", StringComparison.Ordinal));
    }
}
