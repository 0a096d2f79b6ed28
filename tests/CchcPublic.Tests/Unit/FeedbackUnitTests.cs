using System.Text;
using CchcPublic.Tests.Support;
using CchcPublic.Web.Feedback.Attachments;
using CchcPublic.Web.Feedback.Intake;
using CchcPublic.Web.SiteConfig;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class FeedbackUnitTests
{
    [Fact]
    public void Access_keys_verify_as_typed_in_any_case_and_spacing_but_not_otherwise()
    {
        var key = AccessKeys.Create();
        var hash = AccessKeys.Hash(key);

        Assert.True(AccessKeys.Verify(key.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), hash));
        Assert.False(AccessKeys.Verify(key[..^1] + (key[^1] == 'A' ? 'B' : 'A'), hash));
        Assert.DoesNotContain(key.Replace("-", "", StringComparison.Ordinal), hash);
    }

    [Fact]
    public void Fingerprints_ignore_case_accents_spacing_and_punctuation_only()
    {
        var a = TextFolding.Fingerprint("Chậm trả kết quả", "Hồ sơ  quá hạn, chưa trả.");
        var b = TextFolding.Fingerprint("CHẬM TRẢ KẾT QUẢ!", "hồ sơ quá hạn chưa trả");
        var c = TextFolding.Fingerprint("Chậm trả kết quả", "Hồ sơ đúng hạn.");

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal("to cao", TextFolding.Fold("Tố  cáo!"));
        Assert.Equal("tố cáo", TextFolding.Words("TỐ CÁO".Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("a.pdf", "%PDF-1.7 ...", true)]
    [InlineData("a.jpg", "%PDF-1.7 ...", false)]
    [InlineData("a.docx", "PK\u0003\u0004 not a zip", false)]
    [InlineData("a.exe", "MZ", false)]
    [InlineData("a.html", "<html>", false)]
    public void Files_are_judged_by_their_content_and_the_name_must_agree(string name, string content, bool accepted)
    {
        var (file, error) = AttachmentInspector.Inspect(name, Encoding.ASCII.GetBytes(content));

        Assert.Equal(accepted, file is not null);
        Assert.Equal(accepted, error is null);
    }

    [Fact]
    public void A_broken_feedback_file_stops_start_up_with_file_line_and_problem()
    {
        var folder = Repository.CopyOfConfig();
        var path = Path.Combine(folder, ConfigLoader.FeedbackFile);
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l.Trim() == "- code: khac");
        lines[index] = lines[index].Replace("khac", "Khác Sai", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(folder));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("feedback.yaml", problem.File);
        Assert.Equal(index + 1, problem.Line);
        Assert.Contains("Khác Sai", problem.Message);
    }
}
