using System.Text;
using System.Text.RegularExpressions;
using Briefings.Testing.ExternalTools;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

/// <summary>The PDF writer's identifiers (XMP DocumentID/InstanceID, trailer /ID) come from the content, never the clock.</summary>
public sealed partial class DeterminismTests
{
    /// <summary>
    /// Two PDF/A renders of the same content, more than a second apart so that identifiers taken from a clock of
    /// one-second resolution (as Skia's were) would differ, shared by the tests that need them.
    /// </summary>
    private static readonly Lazy<(byte[] First, byte[] Second)> RendersAtDifferentTimes = new(() =>
    {
        var first = OutlineSamples.Render(pdfA: true, outline: OutlineSamples.Entries);
        Thread.Sleep(TimeSpan.FromSeconds(1.1));
        var second = OutlineSamples.Render(pdfA: true, outline: OutlineSamples.Entries);
        return (first, second);
    });

    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    [Fact]
    public void Pdfa_renders_of_the_same_content_at_different_times_are_identical()
    {
        var (first, second) = RendersAtDifferentTimes.Value;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Identifiers_are_present_and_consistent()
    {
        var text = Latin1(RendersAtDifferentTimes.Value.First);

        var documentId = Assert.Single(XmpDocumentId().Matches(text)).Groups["uuid"].Value;
        Assert.Contains($"<xmpMM:InstanceID>uuid:{documentId}</xmpMM:InstanceID>", text, StringComparison.Ordinal);
        var trailerId = Assert.Single(TrailerId().Matches(text));
        Assert.Equal(trailerId.Groups["first"].Value, trailerId.Groups["second"].Value);
    }

    [Fact]
    public void The_xmp_packet_claims_pdfa_2b()
    {
        var text = Latin1(RendersAtDifferentTimes.Value.First);

        Assert.Contains("<pdfaid:part>2</pdfaid:part>", text, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", text, StringComparison.Ordinal);
        Assert.Contains("/OutputIntents", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_content_gets_different_identifiers()
    {
        var one = Latin1(RendersAtDifferentTimes.Value.First);
        var other = Latin1(TestPdf.Render(1, (_, _) => { }, pdfA: true));

        Assert.NotEqual(XmpDocumentId().Match(one).Groups["uuid"].Value, XmpDocumentId().Match(other).Groups["uuid"].Value);
        Assert.NotEqual(TrailerId().Match(one).Value, TrailerId().Match(other).Value);
    }

    [ToolFact(Qpdf.Tool)]
    public void A_pdfa_file_passes_qpdf_check_without_warnings()
    {
        var path = TestPdf.WriteTemp(RendersAtDifferentTimes.Value.First, "deterministic-pdfa");

        var check = Qpdf.Check(path);

        Assert.True(check.IsClean, check.ToString());
    }

    [Fact]
    public void Without_pdfa_there_is_no_xmp_or_output_intent_but_still_a_trailer_id()
    {
        var text = Latin1(OutlineSamples.Render());

        Assert.DoesNotContain("xmpmeta", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/Metadata", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/OutputIntents", text, StringComparison.Ordinal);
        Assert.Single(TrailerId().Matches(text));
    }

    [GeneratedRegex(@"<xmpMM:DocumentID>uuid:(?<uuid>[0-9a-f-]{36})</xmpMM:DocumentID>")]
    private static partial Regex XmpDocumentId();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<first>[0-9A-F]{32})>\s*<(?<second>[0-9A-F]{32})>\s*\]")]
    private static partial Regex TrailerId();
}
