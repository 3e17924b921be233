using Xunit;

namespace Briefings.Pdf.Tests;

public sealed class SampleRenderingTests
{
    [Fact]
    public void The_sample_renders_to_a_pdf()
    {
        var output = Render.Sample();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(output.Content, 0, 5), StringComparison.Ordinal);
        Assert.True(output.PageCount >= 2);
    }
}
