using Briefings.Core.Themes;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;
using Briefings.Layout.Text;

namespace Briefings.Pdf;

/// <summary>The theme turned into text styles and colours, with its fonts loaded. Built once per theme and renderer.</summary>
public sealed class BriefingStyles
{
    public BriefingStyles(Theme theme, FontLibrary fonts)
    {
        Theme = theme;
        var files = theme.Fonts;
        Body = fonts.LoadFamily(files.Body.Regular, files.Body.Bold, files.Body.Italic, files.Body.BoldItalic);
        Heading = fonts.LoadFamily(files.Heading.Regular, files.Heading.Bold, files.Heading.Italic, files.Heading.BoldItalic);
        Mono = fonts.LoadFamily(files.Mono.Regular, files.Mono.Bold, files.Mono.Italic, files.Mono.BoldItalic);
        Fallbacks = [.. files.Fallback.Select(fonts.Load)];

        var palette = theme.Colors;
        TextColor = Color.Parse(palette.Text);
        HeadingColor = Color.Parse(palette.Heading);
        Accent = Color.Parse(palette.Accent);
        Muted = Color.Parse(palette.Muted);
        Rule = Color.Parse(palette.Rule);
        Link = Color.Parse(palette.Link);
        Banner = Color.Parse(palette.Banner);
        CalloutBackground = Color.Parse(palette.CalloutBackground);
        CalloutBorder = Color.Parse(palette.CalloutBorder);
        WarningBackground = Color.Parse(palette.WarningBackground);
        WarningBorder = Color.Parse(palette.WarningBorder);
        TableHeaderBackground = Color.Parse(palette.TableHeaderBackground);
        TableHeaderText = Color.Parse(palette.TableHeaderText);
        TableZebra = Color.Parse(palette.TableZebra);
        TableBorder = Color.Parse(palette.TableBorder);

        var sizes = theme.Sizes;
        BodyText = new TextStyle(Body, sizes.Body, TextColor);
        FootnoteText = new TextStyle(Body, sizes.Footnote, TextColor);
        TableText = new TextStyle(Body, Math.Round((sizes.Body + sizes.Small) / 2, 2), TextColor);
        TableHeaderTextStyle = new TextStyle(Heading, TableText.Size, TableHeaderText) { Bold = true };
        SmallText = new TextStyle(Heading, sizes.Small, Muted);
        CodeText = new TextStyle(Mono, sizes.Mono, TextColor);
    }

    public Theme Theme { get; }

    public FontFamily Body { get; }

    public FontFamily Heading { get; }

    public FontFamily Mono { get; }

    public IReadOnlyList<FontFace> Fallbacks { get; }

    public Color TextColor { get; }

    public Color HeadingColor { get; }

    public Color Accent { get; }

    public Color Muted { get; }

    public Color Rule { get; }

    public Color Link { get; }

    public Color Banner { get; }

    public Color CalloutBackground { get; }

    public Color CalloutBorder { get; }

    public Color WarningBackground { get; }

    public Color WarningBorder { get; }

    public Color TableHeaderBackground { get; }

    public Color TableHeaderText { get; }

    public Color TableZebra { get; }

    public Color TableBorder { get; }

    public TextStyle BodyText { get; }

    public TextStyle FootnoteText { get; }

    public TextStyle TableText { get; }

    public TextStyle TableHeaderTextStyle { get; }

    public TextStyle SmallText { get; }

    public TextStyle CodeText { get; }

    public double LineHeight => Theme.Sizes.LineHeight;

    public TextStyle HeadingText(int level) => new(Heading, level switch
    {
        1 => Theme.Sizes.Heading1,
        2 => Theme.Sizes.Heading2,
        3 => Theme.Sizes.Heading3,
        _ => Theme.Sizes.Heading4,
    }, level >= 3 ? Accent : HeadingColor)
    {
        Bold = true,
        Italic = level >= 4,
    };
}
