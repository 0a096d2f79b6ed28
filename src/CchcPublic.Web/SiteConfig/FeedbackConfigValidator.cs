using System.Text.RegularExpressions;

namespace CchcPublic.Web.SiteConfig;

internal static partial class FeedbackConfigValidator
{
    public static IEnumerable<ConfigError> Validate(FeedbackSettings? feedback, IReadOnlyList<AgencyDefinition> agencies)
    {
        const string file = ConfigLoader.FeedbackFile;
        if (feedback is null)
        {
            yield return new ConfigError(file, 1, "thiếu khóa 'feedback'.");
            yield break;
        }
        if (feedback.Categories.Count == 0)
            yield return new ConfigError(file, feedback.Line, "cần ít nhất một lĩnh vực trong 'categories'.");
        foreach (var category in feedback.Categories)
        {
            if (!CodePattern().IsMatch(category.Code))
                yield return new ConfigError(file, category.Line, $"mã lĩnh vực '{category.Code}' không hợp lệ (chữ thường không dấu, số và '-', tối đa 40 ký tự).");
            if (string.IsNullOrWhiteSpace(category.Name))
                yield return new ConfigError(file, category.Line, $"lĩnh vực '{category.Code}' thiếu 'name'.");
        }
        foreach (var duplicate in feedback.Categories.GroupBy(c => c.Code).Where(g => g.Count() > 1))
            yield return new ConfigError(file, duplicate.Last().Line, $"mã lĩnh vực '{duplicate.Key}' bị trùng với dòng {duplicate.First().Line}.");
        if (feedback.ReopenWithinDays is < 0 or > 365)
            yield return new ConfigError(file, feedback.Line, $"'reopenWithinDays' phải từ 0 đến 365, đang là {feedback.ReopenWithinDays}.");
        if (feedback.RetentionYears is < 1 or > 50)
            yield return new ConfigError(file, feedback.Line, $"'retentionYears' phải từ 1 đến 50, đang là {feedback.RetentionYears}.");
        if (feedback.TitleMaxLength is < 20 or > 500)
            yield return new ConfigError(file, feedback.Line, $"'titleMaxLength' phải từ 20 đến 500, đang là {feedback.TitleMaxLength}.");
        if (feedback.ContentMaxLength is < 200 or > 20000)
            yield return new ConfigError(file, feedback.Line, $"'contentMaxLength' phải từ 200 đến 20000, đang là {feedback.ContentMaxLength}.");
        if (feedback.Complaint.Keywords.Any(string.IsNullOrWhiteSpace))
            yield return new ConfigError(file, feedback.Complaint.Line, "'complaint.keywords' có từ khóa rỗng.");
        if (feedback.Complaint.Keywords.Count > 0 && string.IsNullOrWhiteSpace(feedback.Complaint.Guidance))
            yield return new ConfigError(file, feedback.Complaint.Line, "'complaint.guidance' là bắt buộc khi có từ khóa nhận diện khiếu nại, tố cáo.");
        foreach (var error in ValidateDeadlines(feedback))
            yield return error;
        foreach (var error in ValidateRouting(feedback, agencies))
            yield return error;
        foreach (var error in ValidateTemplates(feedback))
            yield return error;
    }

    private static IEnumerable<ConfigError> ValidateDeadlines(FeedbackSettings feedback)
    {
        const string file = ConfigLoader.FeedbackFile;
        var deadlines = feedback.Deadlines;
        if (deadlines.ForwardWorkingDays is < 1 or > 60)
            yield return new ConfigError(file, deadlines.Line, $"'deadlines.forwardWorkingDays' phải từ 1 đến 60, đang là {deadlines.ForwardWorkingDays}.");
        if (deadlines.AnswerWorkingDays is < 1 or > 120)
            yield return new ConfigError(file, deadlines.Line, $"'deadlines.answerWorkingDays' phải từ 1 đến 120, đang là {deadlines.AnswerWorkingDays}.");
        if (deadlines.NearDueWorkingDays is < 0 or > 20)
            yield return new ConfigError(file, deadlines.Line, $"'deadlines.nearDueWorkingDays' phải từ 0 đến 20, đang là {deadlines.NearDueWorkingDays}.");
        if (deadlines.MaxExtensionWorkingDays is < 1 or > 120)
            yield return new ConfigError(file, deadlines.Line, $"'deadlines.maxExtensionWorkingDays' phải từ 1 đến 120, đang là {deadlines.MaxExtensionWorkingDays}.");
        if (deadlines.EscalateEveryWorkingDays is < 1 or > 60)
            yield return new ConfigError(file, deadlines.Line, $"'deadlines.escalateEveryWorkingDays' phải từ 1 đến 60, đang là {deadlines.EscalateEveryWorkingDays}.");
        foreach (var category in feedback.Categories)
        {
            if (category.ForwardWorkingDays is < 1 or > 60)
                yield return new ConfigError(file, category.Line, $"lĩnh vực '{category.Code}': 'forwardWorkingDays' phải từ 1 đến 60.");
            if (category.AnswerWorkingDays is < 1 or > 120)
                yield return new ConfigError(file, category.Line, $"lĩnh vực '{category.Code}': 'answerWorkingDays' phải từ 1 đến 120.");
        }
    }

    private static IEnumerable<ConfigError> ValidateRouting(FeedbackSettings feedback, IReadOnlyList<AgencyDefinition> agencies)
    {
        const string file = ConfigLoader.FeedbackFile;
        var byCode = agencies.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.First());
        IEnumerable<ConfigError> Current(string code, int line, string what)
        {
            if (!byCode.TryGetValue(code, out var agency))
                yield return new ConfigError(file, line, $"{what} '{code}' không có trong agencies.yaml.");
            else if (agency.ValidTo is not null)
                yield return new ConfigError(file, line, $"{what} '{code}' ({agency.Name}) đã hết hiệu lực từ {agency.ValidTo.Value.AddDays(1):dd/MM/yyyy}; chỉ được nêu cơ quan hiện hành.");
        }
        if (feedback.TriageAgency is { } triage)
        {
            foreach (var error in Current(triage, feedback.Line, "'triageAgency':"))
                yield return error;
        }
        var categories = feedback.Categories.Select(c => c.Code).ToHashSet();
        foreach (var rule in feedback.Routing)
        {
            if (rule.Rule < 1)
                yield return new ConfigError(file, rule.Line, "quy tắc chuyển xử lý cần số thứ tự 'rule' từ 1.");
            if (string.IsNullOrWhiteSpace(rule.Description))
                yield return new ConfigError(file, rule.Line, $"quy tắc {rule.Rule}: thiếu 'description'.");
            foreach (var category in rule.Categories.Where(c => !categories.Contains(c)))
                yield return new ConfigError(file, rule.Line, $"quy tắc {rule.Rule}: lĩnh vực '{category}' không có trong 'categories'.");
            foreach (var level in rule.SubjectLevels.Where(l => Agencies.AgencyLevels.Parse(l) is null))
                yield return new ConfigError(file, rule.Line, $"quy tắc {rule.Rule}: cấp '{level}' không hợp lệ.");
            if (rule.Place is not (null or "any" or "none"))
                yield return new ConfigError(file, rule.Line, $"quy tắc {rule.Rule}: 'place' chỉ nhận 'any' hoặc 'none'.");
            foreach (var error in rule.SubjectAgencies.SelectMany(code => Current(code, rule.Line, $"quy tắc {rule.Rule}: cơ quan")))
                yield return error;
            foreach (var error in rule.Places.SelectMany(code => Current(code, rule.Line, $"quy tắc {rule.Rule}: xã, phường")))
                yield return error;
            if (string.IsNullOrWhiteSpace(rule.To))
                yield return new ConfigError(file, rule.Line, $"quy tắc {rule.Rule}: thiếu 'to' (mã cơ quan, 'subject' hoặc 'place').");
            else if (rule.To is not (RoutingRuleDefinition.ToSubject or RoutingRuleDefinition.ToPlace))
                foreach (var error in Current(rule.To, rule.Line, $"quy tắc {rule.Rule}: cơ quan nhận"))
                    yield return error;
        }
        foreach (var duplicate in feedback.Routing.GroupBy(r => r.Rule).Where(g => g.Count() > 1))
            yield return new ConfigError(file, duplicate.Last().Line, $"số quy tắc {duplicate.Key} bị trùng với dòng {duplicate.First().Line}.");
    }

    private static IEnumerable<ConfigError> ValidateTemplates(FeedbackSettings feedback)
    {
        const string file = ConfigLoader.FeedbackFile;
        foreach (var template in feedback.Templates)
        {
            if (!CodePattern().IsMatch(template.Code))
                yield return new ConfigError(file, template.Line, $"mã mẫu '{template.Code}' không hợp lệ.");
            if (!ResponseTemplateDefinition.Kinds.Contains(template.Kind))
                yield return new ConfigError(file, template.Line, $"mẫu '{template.Code}': 'kind' phải là một trong {string.Join(", ", ResponseTemplateDefinition.Kinds)}.");
            if (string.IsNullOrWhiteSpace(template.Name) || string.IsNullOrWhiteSpace(template.Text))
                yield return new ConfigError(file, template.Line, $"mẫu '{template.Code}' cần 'name' và 'text'.");
        }
        foreach (var duplicate in feedback.Templates.GroupBy(t => t.Code).Where(g => g.Count() > 1))
            yield return new ConfigError(file, duplicate.Last().Line, $"mã mẫu '{duplicate.Key}' bị trùng với dòng {duplicate.First().Line}.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex CodePattern();
}
