using Briefings.Core.Themes;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Styling;

/// <summary>
/// The list numbering of one document: one bullet and one decimal definition (nine levels each), one shared
/// instance for bullet lists, and a new instance per ordered list that restarts at its Markdown start number
/// (Word continues numbering across instances of one definition unless told to start over).
/// </summary>
internal sealed class NumberingCatalog(Theme theme)
{
    private const int BulletAbstractId = 0;
    private const int DecimalAbstractId = 1;
    private const int MaximumLevel = 8;
    private static readonly string[] BulletGlyphs = ["\u2022", "\u2013", "\u25E6"];

    private readonly List<(int NumberId, int Level, int Start)> orderedLists = [];

    public const int BulletNumberId = 1;

    public static int ClampLevel(int level) => Math.Clamp(level, 0, MaximumLevel);

    /// <summary>Registers an ordered list at <paramref name="level"/> and returns its numbering instance id.</summary>
    public int StartOrderedList(int level, int start)
    {
        var id = BulletNumberId + 1 + orderedLists.Count;
        orderedLists.Add((id, ClampLevel(level), Math.Max(0, start)));
        return id;
    }

    public Numbering Build()
    {
        var numbering = new Numbering(
            AbstractDefinition(BulletAbstractId, ordered: false),
            AbstractDefinition(DecimalAbstractId, ordered: true),
            new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletNumberId });
        foreach (var (numberId, level, start) in orderedLists)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level })
            { NumberID = numberId });
        }

        return numbering;
    }

    private AbstractNum AbstractDefinition(int id, bool ordered)
    {
        var indent = Units.Twips(theme.Spacing.ListIndent);
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level <= MaximumLevel; level++)
        {
            var glyph = BulletGlyphs[level % BulletGlyphs.Length];
            var definition = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : glyph },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = (indent * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Hanging = indent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }))
            { LevelIndex = level };
            if (!ordered)
            {
                definition.Append(new NumberingSymbolRunProperties(
                    StyleSheet.Fonts(theme.Fonts.Body.DocxName),
                    new Color { Val = Units.Color(theme.Colors.Accent) }));
            }

            abstractNum.Append(definition);
        }

        return abstractNum;
    }
}
