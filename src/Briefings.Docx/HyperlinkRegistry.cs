using DocumentFormat.OpenXml.Packaging;

namespace Briefings.Docx;

/// <summary>
/// External hyperlink relationships of one part, with explicit ids (the SDK would pick random ones) and one
/// relationship per distinct address.
/// </summary>
internal sealed class HyperlinkRegistry(OpenXmlPartContainer part)
{
    private readonly Dictionary<string, string> idByAddress = new(StringComparer.Ordinal);

    public string IdFor(Uri address)
    {
        var key = address.OriginalString;
        if (!idByAddress.TryGetValue(key, out var id))
        {
            id = "rIdLink" + (idByAddress.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            part.AddHyperlinkRelationship(address, true, id);
            idByAddress.Add(key, id);
        }

        return id;
    }
}
