namespace Briefings.Layout.Text;

/// <summary>The three kinds of material in Knuth and Plass's model of a paragraph.</summary>
internal enum ItemKind : byte
{
    Box,
    Glue,
    Penalty,
}
