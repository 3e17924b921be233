using System.Globalization;
using Scriban;
using Briefings.Core.Templating.Model;
using Scriban.Parsing;

namespace Briefings.Core.Templating;

/// <summary>
/// The sandboxed Scriban context every briefing renders in. Values written by <c>{{ … }}</c> are
/// escaped for Markdown unless they are <see cref="RawMarkdown"/>; literal template text is written as is.
/// One context per render: Scriban contexts are not thread-safe.
/// </summary>
internal sealed class MarkdownTemplateContext : TemplateContext
{
    private readonly bool escape;

    /// <param name="escape">False for plain-text fields such as a title in the front matter, which are not Markdown.</param>
    public MarkdownTemplateContext(bool escape)
        : base(new LazyBuiltins())
    {
        this.escape = escape;
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
        textAsObject = Unwrap(textAsObject);
        if (textAsObject is RawMarkdown raw)
        {
            return Write(raw.Markdown);
        }

        if (textAsObject is null)
        {
            return this;
        }

        var text = ObjectToString(textAsObject);
        return Write(escape ? MarkdownEscaper.Escape(text) : text);
    }

    /// <summary>String conversion (also for <c>"x" + value</c>) shows a sourced field's value and a date's text.</summary>
    public override string ObjectToString(object? value, bool nested = false) =>
        Unwrap(value) switch
        {
            DateValue date => date.Text,
            var other => base.ObjectToString(other, nested) ?? string.Empty,
        };

    private static object? Unwrap(object? value)
    {
        while (value is SourcedValue sourced)
        {
            value = sourced.Value;
        }

        return value is DateValue date ? date.Text : value;
    }
}
