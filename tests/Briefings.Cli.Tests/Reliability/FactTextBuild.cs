using System.Globalization;
using System.Text;
using Briefings.Core.Markdown;
using Markdig.Syntax;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>
/// The chronology of the river dossier built with one event's text replaced, in every format, so a test can
/// compare what a hostile or exotic text became with what plain text becomes.
/// </summary>
internal sealed class FactTextBuild : IDisposable
{
    private const string Anchor = "text: \"The Ferry Protocol restores the ferry service between the banks.\"";

    private readonly HostileDossier dossier = new(withGoodOutput: false);

    public FactTextBuild(string text)
    {
        dossier.EditFacts(Anchor, "text: " + YamlDoubleQuoted(text));
        Run = dossier.Build("chronology", "--format", "pdf,docx,md");
    }

    public HostileRun Run { get; }

    public byte[] Pdf => File.ReadAllBytes(Path.Combine(dossier.Out, "chronology.pdf"));

    public byte[] Docx => File.ReadAllBytes(Path.Combine(dossier.Out, "chronology.docx"));

    public string Markdown => File.ReadAllText(Path.Combine(dossier.Out, "chronology.md"));

    /// <summary>The PDF's text, NFKC-normalised (ligatures come back as presentation forms) and without whitespace.</summary>
    public string PdfTextWithoutSpaces()
    {
        using var document = PdfDocument.Open(Pdf);
        var letters = document.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value);
        return WithoutSpaces(string.Concat(letters).Normalize(NormalizationForm.FormKC));
    }

    public IReadOnlyList<string> PdfLinkTargets()
    {
        using var document = PdfDocument.Open(Pdf);
        return document.GetPages()
            .SelectMany(page => page.GetAnnotations())
            .Where(annotation => annotation.Type == AnnotationType.Link && annotation.Action is UglyToad.PdfPig.Actions.UriAction)
            .Select(annotation => ((UglyToad.PdfPig.Actions.UriAction)annotation.Action!).Uri)
            .ToArray();
    }

    /// <summary>
    /// The kinds of block and inline in the Markdown's tree, in order: the document's structure without its
    /// text. Plain text nodes are left out, because each backslash escape starts a new one.
    /// </summary>
    public string Structure() => StructureOf(Markdown);

    public static string StructureOf(string markdown) =>
        string.Join(' ', BriefingMarkdown.Parse(markdown).Descendants().Where(node => node is not Markdig.Syntax.Inlines.LiteralInline).Select(node => node.GetType().Name));

    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public void Dispose() => dossier.Dispose();

    // A JSON string is a valid YAML double-quoted scalar, whatever it holds.
    private static string YamlDoubleQuoted(string text) =>
        System.Text.Json.JsonSerializer.Serialize(text, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>"U+5317" for a code point, as warnings name them.</summary>
    public static string CodePoint(Rune rune) => "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);
}
