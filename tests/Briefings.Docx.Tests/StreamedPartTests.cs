using System.Text;
using Briefings.Docx.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FsCheck.Xunit;
using Xunit;

namespace Briefings.Docx.Tests;

/// <summary>
/// A part written while its tree grows, released at any point, is the part the finished tree would have
/// been; and what is released leaves the tree.
/// </summary>
public sealed class StreamedPartTests
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// Each step of the script, as the renderer works: a paragraph or a table into the innermost container,
    /// a row, a cell, a filler cell (which writes no paragraph of its own), the end of a table, a change to
    /// the newest paragraph (keep-together switched, one more run), or a release.
    /// </summary>
    [Property(MaxTest = 300)]
    public bool Releasing_anywhere_writes_what_the_finished_tree_holds(byte[] script)
    {
        var (streamed, _) = Build(script, release: true);
        var (whole, finished) = Build(script, release: false);
        return streamed.AsSpan().SequenceEqual(whole)
            && Encoding.UTF8.GetString(whole) == "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + finished;
    }

    [Fact]
    public void Keeps_the_newest_paragraph_until_it_is_no_longer_the_newest()
    {
        // A table row ends with a filler cell, as a short Markdown row does; then a keep-together block ends
        // and takes keep-with-next off its last paragraph, which sits in the cell before the filler.
        byte[] script = [Table, Row, Cell, Paragraph, ChangeNewest, Filler, Release, ChangeNewest];

        var (streamed, _) = Build(script, release: true);
        var (whole, _) = Build(script, release: false);

        Assert.Equal(Encoding.UTF8.GetString(whole), Encoding.UTF8.GetString(streamed));
    }

    [Fact]
    public void A_long_table_is_held_one_row_at_a_time()
    {
        using var stream = new MemoryStream();
        var body = new Body();
        var table = new Table(new TableProperties(new TableStyle { Val = "Grid" }));
        body.Append(new Paragraph(), table);
        using var part = new StreamedPart(stream, Declare(new Document(body)));
        for (var i = 0; i < 1000; i++)
        {
            var paragraph = new Paragraph(new Run(new Text(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            table.Append(new TableRow(new TableCell(paragraph)));
            part.Release(paragraph);

            Assert.Single(body.ChildElements);
            Assert.Single(table.ChildElements);
        }

        part.Complete();
        Assert.Empty(body.ChildElements);
        Assert.Contains("<w:t>999</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    private const byte Paragraph = 0;
    private const byte Table = 1;
    private const byte Row = 2;
    private const byte Cell = 3;
    private const byte Filler = 4;
    private const byte EndTable = 5;
    private const byte ChangeNewest = 6;
    private const byte Release = 7;

    /// <returns>The part's bytes, and the finished root's XML as the SDK writes it (when nothing was released).</returns>
    private static (byte[] Part, string Finished) Build(byte[] script, bool release)
    {
        using var stream = new MemoryStream();
        var body = new Body();
        var root = Declare(new Document(body));
        string finished;
        using (var part = new StreamedPart(stream, root))
        {
            var open = new List<OpenXmlCompositeElement> { body };
            DocumentFormat.OpenXml.Wordprocessing.Paragraph? newest = null;
            var texts = 0;
            foreach (var step in script)
            {
                switch (step % 8)
                {
                    case Paragraph:
                        newest = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(TextRun(texts++));
                        Innermost(open).Append(newest);
                        break;
                    case Table:
                        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(new TableProperties(new TableStyle { Val = "Grid" }));
                        Innermost(open).Append(table);
                        open.Add(table);
                        break;
                    case Row when Within<DocumentFormat.OpenXml.Wordprocessing.Table>(open) is { } within:
                        open.Add(within.AppendChild(new TableRow()));
                        break;
                    case Cell when Within<TableRow>(open) is { } within:
                        open.Add(within.AppendChild(new TableCell()));
                        break;
                    case Filler when Within<TableRow>(open) is { } within:
                        within.Append(new TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(TextRun(texts++))));
                        break;
                    case EndTable when Within<DocumentFormat.OpenXml.Wordprocessing.Table>(open) is not null:
                        open.RemoveAt(open.Count - 1);
                        break;
                    case ChangeNewest when newest is not null:
                        var properties = newest.ParagraphProperties ??= new ParagraphProperties();
                        properties.KeepNext = properties.KeepNext is null ? new KeepNext() : null;
                        newest.Append(TextRun(texts++));
                        break;
                    case Release when release:
                        part.Release(newest);
                        break;
                }
            }

            finished = root.OuterXml;
            part.Complete();
        }

        return (stream.ToArray(), finished);
    }

    /// <summary>The container the next paragraph or table goes into, opening a row and a cell where a table or row is innermost.</summary>
    private static OpenXmlCompositeElement Innermost(List<OpenXmlCompositeElement> open)
    {
        if (open[^1] is DocumentFormat.OpenXml.Wordprocessing.Table table)
        {
            open.Add(table.AppendChild(new TableRow()));
        }

        if (open[^1] is TableRow row)
        {
            open.Add(row.AppendChild(new TableCell()));
        }

        return open[^1];
    }

    /// <summary>Closes what is open inside the innermost <typeparamref name="T"/> and returns it; null when none is open.</summary>
    private static T? Within<T>(List<OpenXmlCompositeElement> open)
        where T : OpenXmlCompositeElement
    {
        if (!open.Exists(element => element is T))
        {
            return null;
        }

        while (open[^1] is not T)
        {
            open.RemoveAt(open.Count - 1);
        }

        return (T)open[^1];
    }

    private static Run TextRun(int number) => new(new Text("t" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static T Declare<T>(T root)
        where T : OpenXmlElement
    {
        root.AddNamespaceDeclaration("w", WordNamespace);
        return root;
    }
}
