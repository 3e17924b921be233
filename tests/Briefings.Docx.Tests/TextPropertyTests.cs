using Briefings.Docx.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefings.Docx.Tests;

/// <summary>Whatever text a fact holds, the document stays valid and the text arrives (control characters as spaces).</summary>
public sealed class TextPropertyTests
{
    [Property(MaxTest = 25)]
    public Property Any_text_in_a_table_cell_and_a_footnote_gives_a_sound_document() =>
        Prop.ForAll(Gen.Elements("Ab1 ,.;–\u00e9\u0416\u0007\t\"'&<>".ToCharArray()).NonEmptyListOf().Select(chars => new string([.. chars])).ToArbitrary(), text =>
        {
            var escaped = string.Concat(text.Select(character => char.IsAsciiLetterOrDigit(character) || character == ' ' ? character.ToString() : $"&#{(int)character};"));
            var docx = TestDocuments.Render($"| H |\n|---|\n| {escaped} |\n\nNote.[^1]\n\n[^1]: {escaped}");
            if (DocxInspection.ValidationErrors(docx).Count > 0 || DocxLint.Check(docx).Count > 0)
            {
                return false;
            }

            using var document = DocxInspection.Open(docx);
            var cell = document.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().Last().InnerText;
            var expected = string.Concat(text.Select(character => character < ' ' ? ' ' : character)).Trim();
            return cell.Trim() == expected.Replace("&#0;", string.Empty, StringComparison.Ordinal);
        });
}
