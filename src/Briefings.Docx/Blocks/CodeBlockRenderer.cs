using Briefings.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace Briefings.Docx.Blocks;

/// <summary>A code block is one Source Code paragraph with line breaks, so it stays one shaded block.</summary>
internal sealed class CodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    protected override void Write(DocxRenderer renderer, CodeBlock obj)
    {
        var keep = KeepRequest.Of(obj);
        if (keep)
        {
            renderer.BeginKeep();
        }

        renderer.BeginParagraph(StyleIds.SourceCode);
        var saved = renderer.Format;
        renderer.Format = RunFormat.None;
        var lines = obj.Lines;
        var count = lines.Count;
        while (count > 0 && lines.Lines[count - 1].Slice.IsEmpty)
        {
            count--;
        }

        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                renderer.WriteRun(new Break());
            }

            var slice = lines.Lines[i].Slice;
            renderer.WriteText(ExpandTabs(slice.AsSpan()));
        }

        renderer.Format = saved;
        renderer.EndParagraph();
        if (keep)
        {
            renderer.EndKeep();
        }
    }

    private static ReadOnlySpan<char> ExpandTabs(ReadOnlySpan<char> line) =>
        line.Contains('\t') ? line.ToString().Replace("\t", "    ", StringComparison.Ordinal) : line;
}
