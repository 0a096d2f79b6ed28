using System.Text;
using CchcPublic.Web.SiteConfig;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CchcPublic.Web.Content;

public sealed record DiffLine(ChangeType Change, string Text);

/// <summary>A line diff between two revisions, over a plain-text rendering of every field.</summary>
public static class RevisionDiff
{
    public static IReadOnlyList<DiffLine> Between(ContentTypeDefinition type, ContentRevision from, ContentRevision to) =>
        new InlineDiffBuilder(new Differ()).BuildDiffModel(AsText(type, from), AsText(type, to), ignoreWhitespace: false)
            .Lines.Select(l => new DiffLine(l.Type, l.Text)).ToList();

    public static string AsText(ContentTypeDefinition type, ContentRevision revision)
    {
        var text = new StringBuilder();
        text.AppendLine($"Tiêu đề: {revision.Title}");
        text.AppendLine($"Đường dẫn: {revision.Slug}");
        text.AppendLine($"Tóm tắt: {revision.Summary}");
        text.AppendLine($"Ảnh đại diện: {revision.CoverMediaId} {revision.CoverAlt}");
        text.AppendLine($"Chủ đề: {string.Join(", ", revision.Themes)}");
        text.AppendLine($"Cơ quan: {revision.AgencyId}");
        text.AppendLine($"Nhiệm vụ: {revision.PlanTask}");
        text.AppendLine($"Từ khóa: {string.Join(", ", revision.Tags)}");
        text.AppendLine($"Ngày đăng: {revision.PublishDate:dd/MM/yyyy}");
        foreach (var field in type.Fields)
        {
            text.AppendLine($"{field.Label}: {revision.Field(field.Name)?.Replace("\n", " ¶ ", StringComparison.Ordinal)}");
        }
        text.AppendLine("Nội dung:");
        text.Append(revision.Body);
        return text.ToString();
    }
}
