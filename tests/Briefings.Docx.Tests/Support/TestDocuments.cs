using Briefings.Core.Markdown;
using Briefings.Core.Rendering;
using Briefings.Core.Themes;
using Briefings.Testing;

namespace Briefings.Docx.Tests.Support;

/// <summary>Builds briefing documents from Markdown with the repository's theme and renders them.</summary>
public static class TestDocuments
{
    private static readonly Lazy<Theme> LazyTheme = new(() => ThemeLoader.Load(RepoPaths.Theme));

    public static Theme Theme => LazyTheme.Value;

    public static DocumentInfo DefaultInfo { get; } = new()
    {
        Title = "Test Briefing",
        Classification = "UNCLASSIFIED",
        Date = new DateTimeOffset(2025, 4, 8, 0, 0, 0, TimeSpan.Zero),
    };

    public static BriefingDocument Document(string markdown, DocumentInfo? info = null, string name = "test") =>
        new(name, markdown, BriefingMarkdown.Parse(markdown), info ?? DefaultInfo, Theme);

    public static byte[] Render(string markdown, DocumentInfo? info = null) =>
        new DocxBriefingRenderer().Render(Document(markdown, info)).Content;

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    /// <summary>The sample with its front matter read into the document info.</summary>
    public static BriefingDocument Sample(string name)
    {
        var markdown = File.ReadAllText(SamplePath(name));
        var syntax = BriefingMarkdown.Parse(markdown);
        return new BriefingDocument(name, markdown, syntax, DocumentInfoReader.Read(syntax, markdown, name), Theme);
    }
}
