using Briefings.Docx.Tests.Support;
using Xunit;

namespace Briefings.Docx.Tests;

public sealed class SampleTests
{
    [Fact]
    public void Everything_sample_is_valid_and_lint_clean()
    {
        var output = new DocxBriefingRenderer().Render(TestDocuments.Sample("everything.md"));
        var directory = Path.Combine(Path.GetTempPath(), "briefings-docx-tests");
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "everything.docx"), output.Content);

        Assert.Empty(output.Diagnostics);
        DocxAssert.Sound(output.Content);
    }
}
