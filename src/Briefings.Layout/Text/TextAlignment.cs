namespace Briefings.Layout.Text;

public enum TextAlignment
{
    Left,
    Justify,
    Center,
    Right,
}
