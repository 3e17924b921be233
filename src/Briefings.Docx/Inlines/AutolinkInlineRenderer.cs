using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

/// <summary><c>&lt;https://…&gt;</c> and <c>&lt;name@host&gt;</c>.</summary>
internal sealed class AutolinkInlineRenderer : DocxObjectRenderer<AutolinkInline>
{
    protected override void Write(DocxRenderer renderer, AutolinkInline obj)
    {
        var hyperlink = LinkTargets.Hyperlink(renderer, obj.IsEmail ? "mailto:" + obj.Url : obj.Url, obj);
        if (hyperlink is null)
        {
            renderer.WriteText(obj.Url);
            return;
        }

        var saved = renderer.Format;
        renderer.BeginHyperlink(hyperlink);
        renderer.Format |= RunFormat.Link;
        renderer.WriteText(obj.Url);
        renderer.Format = saved;
        renderer.EndHyperlink();
    }
}
