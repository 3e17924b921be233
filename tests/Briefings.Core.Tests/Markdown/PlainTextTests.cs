using Briefings.Core.Markdown;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Markdig.Syntax;

namespace Briefings.Core.Tests.Markdown;

public sealed class PlainTextTests
{
    private static readonly string[] Pieces =
    [
        "word", " ", "  ", "\u00A0", "\u2003", "*em*", "**strong**", "`code`", "` spaced code `", "&amp;", "&nbsp;",
        "[^1]", "<https://example.org>", "[link](https://example.org)", "\\\n", "\n", "Курилы", "\U0001F30F",
    ];

    /// <summary>Tables measure every row by length alone: it must be the length of the text the rest of the renderer sees.</summary>
    [Property(MaxTest = 300)]
    public Property Length_is_the_length_of_the_trimmed_text() =>
        Prop.ForAll(Gen.Elements(Pieces).ListOf().Select(pieces => string.Concat(pieces)).ToArbitrary(), markdown =>
            BriefingMarkdown.Parse(markdown + "\n\n[^1]: Note.").Descendants<LeafBlock>()
                .All(leaf => PlainText.LengthOf(leaf.Inline) == PlainText.Of(leaf.Inline).Length));
}
