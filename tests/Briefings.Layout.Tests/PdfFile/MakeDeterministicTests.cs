using System.Text;
using System.Text.RegularExpressions;
using Briefings.Layout.PdfFile;
using Briefings.Testing.ExternalTools;
using Xunit;

namespace Briefings.Layout.Tests.PdfFile;

public sealed partial class MakeDeterministicTests
{
    /// <summary>
    /// Two PDF/A renders of the same content, far enough apart in time that Skia's clock-based UUIDs differ
    /// (the clock part has one-second resolution), shared by the tests that need them.
    /// </summary>
    private static readonly Lazy<(byte[] First, byte[] Second)> RendersAtDifferentTimes = new(() =>
    {
        var first = OutlineSamples.Render(pdfA: true);
        Thread.Sleep(TimeSpan.FromSeconds(1.1));
        var second = OutlineSamples.Render(pdfA: true);
        return (first, second);
    });

    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    [Fact]
    public void Pdfa_renders_at_different_times_become_identical()
    {
        var (first, second) = RendersAtDifferentTimes.Value;
        Assert.NotEqual(first, second);

        Assert.Equal(PdfPostProcessor.MakeDeterministic(first), PdfPostProcessor.MakeDeterministic(second));
    }

    [Fact]
    public void Identifiers_are_replaced_in_place_and_stay_consistent()
    {
        var original = RendersAtDifferentTimes.Value.First;

        var result = PdfPostProcessor.MakeDeterministic(original);
        var text = Latin1(result);

        Assert.Equal(original.Length, result.Length);
        var documentId = XmpId().Match(text).Groups["uuid"].Value;
        var trailerId = TrailerId().Match(text);
        Assert.NotEqual(XmpId().Match(Latin1(original)).Groups["uuid"].Value, documentId);
        Assert.Equal(documentId.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), trailerId.Groups["first"].Value);
        Assert.Equal(trailerId.Groups["first"].Value, trailerId.Groups["second"].Value);
        Assert.Contains($"<xmpMM:InstanceID>uuid:{documentId}</xmpMM:InstanceID>", text, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", text, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_content_gets_different_identifiers()
    {
        var one = PdfPostProcessor.MakeDeterministic(RendersAtDifferentTimes.Value.First);
        var other = PdfPostProcessor.MakeDeterministic(TestPdf.Render(1, (_, _) => { }, pdfA: true));

        Assert.NotEqual(TrailerId().Match(Latin1(one)).Value, TrailerId().Match(Latin1(other)).Value);
    }

    [ToolFact(Qpdf.Tool)]
    public void Result_passes_qpdf_check_without_warnings()
    {
        var path = TestPdf.WriteTemp(PdfPostProcessor.MakeDeterministic(RendersAtDifferentTimes.Value.First), "deterministic-pdfa");

        var check = Qpdf.Check(path);

        Assert.True(check.IsClean, check.ToString());
    }

    [ToolFact(Qpdf.Tool)]
    public void Works_before_and_after_appending_an_outline()
    {
        var (first, second) = RendersAtDifferentTimes.Value;

        var outlineThenIds = PdfPostProcessor.MakeDeterministic(PdfPostProcessor.AppendOutline(first, OutlineSamples.Entries));
        var idsThenOutline = PdfPostProcessor.AppendOutline(PdfPostProcessor.MakeDeterministic(second), OutlineSamples.Entries);

        Assert.Equal(outlineThenIds, PdfPostProcessor.MakeDeterministic(PdfPostProcessor.AppendOutline(second, OutlineSamples.Entries)));
        var trailerIds = TrailerId().Matches(Latin1(idsThenOutline)).Select(match => match.Value).ToList();
        Assert.Equal(2, trailerIds.Count);
        Assert.Single(trailerIds.Distinct());
        Assert.True(Qpdf.Check(TestPdf.WriteTemp(outlineThenIds, "outline-then-ids")).IsClean);
        Assert.True(Qpdf.Check(TestPdf.WriteTemp(idsThenOutline, "ids-then-outline")).IsClean);
    }

    [Fact]
    public void Without_pdfa_there_is_nothing_to_replace()
    {
        var pdf = OutlineSamples.Render();

        Assert.DoesNotContain("/ID", Latin1(pdf), StringComparison.Ordinal);
        Assert.Same(pdf, PdfPostProcessor.MakeDeterministic(pdf));
    }

    [GeneratedRegex(@"<xmpMM:DocumentID>uuid:(?<uuid>[0-9a-f-]{36})</xmpMM:DocumentID>")]
    private static partial Regex XmpId();

    [GeneratedRegex(@"/ID \[<(?<first>[0-9A-F]{32})> <(?<second>[0-9A-F]{32})>\]")]
    private static partial Regex TrailerId();
}
