using Briefings.Core.Markdown;
using Briefings.Core.Rendering;
using Briefings.Core.Themes;
using Briefings.Testing;

namespace Briefings.Pdf.Tests;

/// <summary>Renders Markdown with the bundled theme through one shared renderer (as the build does).</summary>
internal static class Render
{
    public static PdfBriefingRenderer Renderer { get; } = new();

    public static Theme Theme { get; } = ThemeLoader.Load(RepoPaths.Theme);

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static BriefingDocument Document(string markdown, string name = "test", Theme? theme = null)
    {
        var syntax = BriefingMarkdown.Parse(markdown);
        var info = DocumentInfoReader.Read(syntax, markdown, name);
        return new BriefingDocument(name, markdown, syntax, info, theme ?? Theme);
    }

    public static RenderedOutput Markdown(string markdown, Theme? theme = null) => Renderer.Render(Document(markdown, "test", theme));

    public static RenderedOutput Sample(string name = "everything.md", Theme? theme = null)
    {
        var output = Renderer.Render(Document(File.ReadAllText(SamplePath(name)), name, theme));
        if (Environment.GetEnvironmentVariable("BRIEFINGS_PDF_OUT") is { Length: > 0 } directory)
        {
            File.WriteAllBytes(Path.Combine(directory, Path.ChangeExtension(name, theme?.PdfA == true ? ".pdfa.pdf" : ".pdf")), output.Content);
        }

        return output;
    }
}
