using System.Globalization;
using Briefings.Docx.Packaging;

namespace Briefings.Docx;

/// <summary>
/// External hyperlink relationships of one part (document or footnotes), with explicit ids (the SDK would
/// pick random ones) and one relationship per distinct address, in the order first linked. They are
/// written after the part, which is when they are all known.
/// </summary>
internal sealed class HyperlinkRegistry
{
    private readonly Dictionary<string, string> idByAddress = new(StringComparer.Ordinal);

    public List<Relationship> Relationships { get; } = [];

    public string IdFor(Uri address)
    {
        var key = address.OriginalString;
        if (!idByAddress.TryGetValue(key, out var id))
        {
            id = "rIdLink" + (idByAddress.Count + 1).ToString(CultureInfo.InvariantCulture);
            Relationships.Add(Relationship.Hyperlink(id, key));
            idByAddress.Add(key, id);
        }

        return id;
    }
}
