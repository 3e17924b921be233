namespace Briefings.Layout.Text;

/// <summary>Where a link goes: a URI (an annotation opening it) or a named destination inside the document.</summary>
public sealed record LinkTarget(string Value, bool IsInternal)
{
    public static LinkTarget Uri(string uri) => new(uri, false);

    public static LinkTarget Destination(string name) => new(name, true);
}
