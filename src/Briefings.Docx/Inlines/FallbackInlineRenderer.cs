using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace Briefings.Docx.Inlines;

/// <summary>
/// An inline no other renderer knows still shows its text, its <c>Content</c> (extension inlines keep their
/// text there; inline source spans are not reliable without precise source locations). Styling may be lost,
/// text never.
/// </summary>
internal sealed class FallbackInlineRenderer : DocxObjectRenderer<LeafInline>
{
    protected override void Write(DocxRenderer renderer, LeafInline obj)
    {
        // Only unknown extension nodes get here, so reflection costs nothing on the normal path.
        var type = obj.GetType();
        switch (type.GetProperty("Content")?.GetValue(obj) ?? type.GetField("Content")?.GetValue(obj))
        {
            case StringSlice slice:
                renderer.WriteText(slice.AsSpan());
                break;
            case string text:
                renderer.WriteText(text);
                break;
        }
    }
}
