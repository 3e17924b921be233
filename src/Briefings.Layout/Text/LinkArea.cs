namespace Briefings.Layout.Text;

/// <summary>The horizontal extent of a link on a line.</summary>
internal readonly record struct LinkArea(double X, double Width, LinkTarget Target);
