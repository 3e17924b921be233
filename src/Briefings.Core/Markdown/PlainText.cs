using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace Briefings.Core.Markdown;

/// <summary>
/// The visible text of an inline tree, without footnote marks: for contents entries, outlines and column widths;
/// and its length alone, for the rows and callouts that are measured to decide whether they may split.
/// </summary>
public static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new Builder(new StringBuilder());
        Append(inline, ref text);
        return text.Text.ToString().Trim();
    }

    /// <summary>The length of <see cref="Of"/>, without building the text: every row of a long table is measured.</summary>
    public static int LengthOf(ContainerInline? inline)
    {
        var length = new TrimmedLength();
        if (inline is not null)
        {
            Append(inline, ref length);
        }

        return length.Length;
    }

    private static void Append<TSink>(Inline inline, ref TSink sink)
        where TSink : struct, ISink
    {
        switch (inline)
        {
            case FootnoteLink:
                return;
            case LiteralInline literal:
                sink.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                sink.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                sink.Append(entity.Transcoded.AsSpan());
                return;
            case AutolinkInline autolink:
                sink.Append(autolink.Url);
                return;
            case LineBreakInline:
                sink.Append(" ");
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, ref sink);
                }

                return;
        }
    }

    private interface ISink
    {
        void Append(ReadOnlySpan<char> text);
    }

    private readonly struct Builder(StringBuilder text) : ISink
    {
        public StringBuilder Text { get; } = text;

        public void Append(ReadOnlySpan<char> text) => Text.Append(text);
    }

    /// <summary>Counts what <see cref="string.Trim()"/> would keep: white space counts once text follows it.</summary>
    private struct TrimmedLength : ISink
    {
        private int pendingSpace;
        private bool started;

        public int Length { get; private set; }

        public void Append(ReadOnlySpan<char> text)
        {
            foreach (var character in text)
            {
                if (char.IsWhiteSpace(character))
                {
                    pendingSpace += started ? 1 : 0;
                }
                else
                {
                    Length += pendingSpace + 1;
                    pendingSpace = 0;
                    started = true;
                }
            }
        }
    }
}
