using Briefings.Layout.Fonts;

namespace Briefings.Layout.PdfFile;

/// <summary>
/// What the pages of one PDF share and the document writes after them: the page tree and the one resource
/// dictionary every page points at (the fonts, and the forms of drawings deferred to the end of the document), the
/// fonts themselves, and the named destinations.
/// </summary>
internal sealed class PdfDocumentResources(PdfObjectFile file)
{
    private readonly Dictionary<FontFace, PdfFontResource> fonts = [];

    public int PageTree { get; } = file.Reserve();

    public int ResourceDictionary { get; } = file.Reserve();

    /// <summary>Page objects in page order.</summary>
    public List<int> Pages { get; } = [];

    public OrderedDictionary<string, PdfDestination> Destinations { get; } = new(StringComparer.Ordinal);

    /// <summary>Fonts in the order they were first asked for (so resource names do not depend on hashing).</summary>
    public List<PdfFontResource> Fonts { get; } = [];

    /// <summary>Forms in the order they were asked for.</summary>
    public List<PdfForm> Forms { get; } = [];

    /// <summary>A new form, to be written as object <paramref name="objectNumber"/>, named in the resource dictionary.</summary>
    public PdfForm Form(int objectNumber)
    {
        var form = new PdfForm("D" + (Forms.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), objectNumber);
        Forms.Add(form);
        return form;
    }

    public PdfFontResource Font(FontFace face)
    {
        if (!fonts.TryGetValue(face, out var font))
        {
            font = new PdfFontResource(face, "F" + (Fonts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), file.Reserve());
            fonts.Add(face, font);
            Fonts.Add(font);
        }

        return font;
    }

    /// <summary>Writes the page tree and the resource dictionary, once every page is drawn.</summary>
    public void WritePageTree()
    {
        var output = file.Begin(ResourceDictionary).Ascii("<</ProcSet[/PDF/Text]/Font<<");
        foreach (var font in Fonts)
        {
            output.Name(font.ResourceName).Byte((byte)' ').Integer(font.ObjectNumber).Ascii(" 0 R");
        }

        output.Byte((byte)'>').Byte((byte)'>');
        if (Forms.Count > 0)
        {
            output.Ascii("/XObject<<");
            foreach (var form in Forms)
            {
                output.Name(form.ResourceName).Byte((byte)' ').Integer(form.ObjectNumber).Ascii(" 0 R");
            }

            output.Byte((byte)'>').Byte((byte)'>');
        }

        output.Ascii(">>");
        file.End();

        output = file.Begin(PageTree).Ascii("<</Type/Pages/Count ").Integer(Pages.Count).Ascii("/Kids[");
        foreach (var page in Pages)
        {
            output.Integer(page).Ascii(" 0 R ");
        }

        output.Ascii("]>>");
        file.End();
    }

    /// <summary>Writes the /Dests dictionary of the catalog; returns its object number, or null when there are none.</summary>
    public int? WriteDestinations()
    {
        if (Destinations.Count == 0)
        {
            return null;
        }

        var number = file.Reserve();
        var output = file.Begin(number).Ascii("<<");
        foreach (var (name, destination) in Destinations)
        {
            output.Name(name).Ascii(" [").Integer(destination.PageObject).Ascii(" 0 R/XYZ ").Number(destination.X)
                .Byte((byte)' ').Number(destination.Y).Ascii(" 0]\n");
        }

        output.Ascii(">>");
        file.End();
        return number;
    }
}
