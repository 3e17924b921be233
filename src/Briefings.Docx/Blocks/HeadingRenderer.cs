using System.Globalization;
using Briefings.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace Briefings.Docx.Blocks;

/// <summary>Headings use Heading 1–4 (outline levels for the navigation pane and TOC) and carry a bookmark for links.</summary>
internal sealed class HeadingRenderer : DocxObjectRenderer<HeadingBlock>
{
    protected override void Write(DocxRenderer renderer, HeadingBlock obj)
    {
        renderer.BeginParagraph(StyleIds.Heading(obj.Level));
        var entry = renderer.InFootnote ? null : renderer.Context.Headings.Find(obj);
        if (entry is null)
        {
            renderer.WriteLeafInline(obj);
        }
        else
        {
            var id = renderer.Context.NextBookmarkId().ToString(CultureInfo.InvariantCulture);
            renderer.WriteInlineElement(new BookmarkStart { Id = id, Name = entry.Bookmark });
            renderer.WriteLeafInline(obj);
            renderer.WriteInlineElement(new BookmarkEnd { Id = id });
        }

        renderer.EndParagraph();
    }
}
