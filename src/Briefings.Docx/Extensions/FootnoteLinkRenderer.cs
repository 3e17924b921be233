using Briefings.Docx.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;

namespace Briefings.Docx.Extensions;

/// <summary>
/// A Markdown footnote reference becomes a Word footnote reference; the note's text is written into the
/// footnotes part afterwards. Word has one reference per note, so a note cited twice is written twice.
/// </summary>
internal sealed class FootnoteLinkRenderer : DocxObjectRenderer<FootnoteLink>
{
    protected override void Write(DocxRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink)
        {
            return;
        }

        if (renderer.InFootnote)
        {
            // Word has no notes inside notes: show the label where the reference was.
            var saved = renderer.Format;
            renderer.Format |= RunFormat.Superscript;
            renderer.WriteText(obj.Footnote.Label ?? obj.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture));
            renderer.Format = saved;
            return;
        }

        var id = renderer.Context.AddFootnote(obj.Footnote);
        renderer.WriteRun(
            new FootnoteReference { Id = id },
            new RunProperties { RunStyle = new RunStyle { Val = StyleIds.FootnoteReference } });
    }
}
