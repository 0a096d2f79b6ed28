using System.Text.RegularExpressions;

namespace CchcPublic.Web.SiteConfig;

internal static partial class FeedbackConfigValidator
{
    public static IEnumerable<ConfigError> Validate(FeedbackSettings? feedback)
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
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex CodePattern();
}
