using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>
/// How blocks are set where the renderer currently is: the body, a footnote, a table cell, a quote. Block
/// renderers read it instead of hard-coding the body style, so one paragraph renderer serves everywhere.
/// </summary>
/// <param name="ParagraphSpacing">Space after a paragraph here.</param>
public sealed record BlockContext(TextStyle Text, ParagraphStyle Paragraph, double ParagraphSpacing);
