namespace Briefings.Layout.Fonts;

/// <summary>The four styles of one family.</summary>
public sealed record FontFamily(FontFace Regular, FontFace Bold, FontFace Italic, FontFace BoldItalic)
{
    public FontFace Get(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };
}
