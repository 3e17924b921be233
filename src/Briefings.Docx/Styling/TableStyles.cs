using Briefings.Core.Themes;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Styling;

/// <summary>
/// The table styles: the data table (shaded header row that repeats on each page, zebra bands, hairline
/// borders) and the one-cell boxes that carry callouts. Shading and borders live in the style so that both
/// Word and LibreOffice draw them and an analyst can restyle every table at once.
/// </summary>
internal static class TableStyles
{
    public static Style Briefing(Theme theme)
    {
        var colors = theme.Colors;
        var padding = Units.Twips(theme.Spacing.CellPadding);
        var style = Header(StyleIds.BriefingTable, "Briefing Table", 59);
        style.Append(
            new StyleTableProperties(
                new TableStyleRowBandSize { Val = 1 },
                new TableStyleColumnBandSize { Val = 1 },
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    StyleSheet.Border<TopBorder>(colors.TableBorder, 0.5, 0),
                    StyleSheet.Border<LeftBorder>(colors.TableBorder, 0.5, 0),
                    StyleSheet.Border<BottomBorder>(colors.TableBorder, 0.5, 0),
                    StyleSheet.Border<RightBorder>(colors.TableBorder, 0.5, 0),
                    StyleSheet.Border<InsideHorizontalBorder>(colors.TableBorder, 0.5, 0),
                    StyleSheet.Border<InsideVerticalBorder>(colors.TableBorder, 0.5, 0)),
                CellMargins(padding * 3 / 4, padding)),
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold(), new Color { Val = Units.Color(colors.TableHeaderText) }),
                new TableStyleConditionalFormattingTableRowProperties(new TableHeader()),
                new TableStyleConditionalFormattingTableCellProperties(Shading(colors.TableHeaderBackground)))
            { Type = TableStyleOverrideValues.FirstRow },
            new TableStyleProperties(
                new TableStyleConditionalFormattingTableCellProperties(Shading(colors.TableZebra)))
            { Type = TableStyleOverrideValues.Band2Horizontal });
        return style;
    }

    public static Style Callout(string id, string name, string background, string border, Theme theme)
    {
        var padding = Units.Twips(theme.Spacing.CalloutPadding);
        var style = Header(id, name, 60);
        style.Append(
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    StyleSheet.Border<TopBorder>(border, 0.5, 0),
                    StyleSheet.Border<LeftBorder>(border, 3, 0),
                    StyleSheet.Border<BottomBorder>(border, 0.5, 0),
                    StyleSheet.Border<RightBorder>(border, 0.5, 0)),
                CellMargins(padding * 3 / 4, padding)),
            new StyleTableCellProperties(Shading(background)));
        return style;
    }

    public static Shading Shading(string fill) =>
        new() { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Units.Color(fill) };

    private static Style Header(string id, string name, int priority)
    {
        var style = new Style { Type = StyleValues.Table, StyleId = id };
        style.Append(new StyleName { Val = name }, new BasedOn { Val = StyleIds.TableNormal }, new UIPriority { Val = priority });
        return style;
    }

    private static TableCellMarginDefault CellMargins(int vertical, int horizontal) => new(
        new TopMargin { Width = vertical.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = (short)horizontal, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = vertical.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = (short)horizontal, Type = TableWidthValues.Dxa });
}
