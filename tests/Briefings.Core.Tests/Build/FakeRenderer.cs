using System.Collections.Concurrent;
using System.Text;
using Briefings.Core.Rendering;

namespace Briefings.Core.Tests.Build;

/// <summary>
/// A stand-in for the PDF and DOCX renderers: its bytes are a function of the Markdown alone, it counts
/// what it renders, and it can claim a page count per document to exercise page budgets.
/// </summary>
internal sealed class FakeRenderer(string format) : IBriefingRenderer
{
    public string Format { get; } = format;

    public ConcurrentBag<string> Rendered { get; } = [];

    public ConcurrentDictionary<string, int> Pages { get; } = new();

    public RenderedOutput Render(BriefingDocument document)
    {
        Rendered.Add(document.Name);
        var content = Encoding.UTF8.GetBytes($"{Format}\n{document.Info.Title}\n{document.Markdown}");
        return new RenderedOutput(content, Pages.GetValueOrDefault(document.Name, 1), []);
    }
}
