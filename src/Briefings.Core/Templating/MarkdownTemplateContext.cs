using System.Globalization;
using Scriban;
using Scriban.Parsing;

namespace Briefings.Core.Templating;

/// <summary>
/// The sandboxed Scriban context every briefing renders in. Values written by <c>{{ … }}</c> are
/// escaped for Markdown unless they are <see cref="RawMarkdown"/>; literal template text is written as is.
/// One context per render: Scriban contexts are not thread-safe.
/// </summary>
internal sealed class MarkdownTemplateContext : TemplateContext
{
    public MarkdownTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        NewLine = "\n";
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawMarkdown raw)
        {
            return Write(raw.Markdown);
        }

        if (textAsObject is null)
        {
            return this;
        }

        return Write(MarkdownEscaper.Escape(ObjectToString(textAsObject)));
    }
}
