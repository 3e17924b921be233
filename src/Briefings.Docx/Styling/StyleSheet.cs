using Briefings.Core.Themes;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefings.Docx.Styling;

/// <summary>
/// Builds the styles part from the theme. Everything a briefing looks like lives here, so an analyst restyles
/// a document in Word by editing styles, and the PDF and the DOCX take sizes, colours and spacing from the
/// same theme. Body text properties sit in Normal; table header text uses its own paragraph style because
/// Word lets a paragraph style override the table style's conditional run formatting.
/// </summary>
internal static class StyleSheet
{
    public static Styles Build(Theme theme, string language)
    {
        var sizes = theme.Sizes;
        var colors = theme.Colors;
        var spacing = theme.Spacing;
        var body = theme.Fonts.Body.DocxName;
        var heading = theme.Fonts.Heading.DocxName;
        var mono = theme.Fonts.Mono.DocxName;
        var width = Units.Twips(theme.Page.ContentWidth);

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(body),
                    new FontSize { Val = Units.HalfPoints(sizes.Body) },
                    new FontSizeComplexScript { Val = Units.HalfPoints(sizes.Body) },
                    new Languages { Val = language, EastAsia = language, Bidi = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(
            ParagraphStyle(StyleIds.Normal, "Normal", null, null, 0,
                new StyleParagraphProperties
                {
                    WidowControl = new WidowControl(),
                    SpacingBetweenLines = BodySpacing(0, theme.Spacing.ParagraphAfter, sizes),
                    Justification = new Justification { Val = JustificationValues.Both },
                },
                Run(body, sizes.Body, colors.Text),
                isDefault: true),
            CharacterStyle(StyleIds.DefaultParagraphFont, "Default Paragraph Font", null, 1, null, isDefault: true, semiHidden: true),
            TableNormal(),
            NoList());

        styles.Append(
            ParagraphStyle(StyleIds.Dossier, "Dossier", StyleIds.Normal, StyleIds.Title, 10,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = Spacing(0, 2, 1.1),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(heading, sizes.Small + 0.5, colors.Accent, bold: true, caps: true, letterSpacing: 0.6)),
            ParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal, StyleIds.Subtitle, 10,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    KeepLines = new KeepLines(),
                    SpacingBetweenLines = Spacing(0, 3, 1.05),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(heading, sizes.Title, colors.Heading, bold: true)),
            ParagraphStyle(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, StyleIds.AsOf, 11,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = Spacing(0, 4, 1.1),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(heading, sizes.Subtitle, colors.Accent)),
            ParagraphStyle(StyleIds.AsOf, "As Of", StyleIds.Normal, StyleIds.Normal, 11,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = Units.Eighths(0.75), Space = 4, Color = Units.Color(colors.Rule) }),
                    SpacingBetweenLines = Spacing(0, spacing.HeadingBefore, 1.1),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(heading, sizes.Small + 0.5, colors.Muted)));

        var headingSizes = new[] { sizes.Heading1, sizes.Heading2, sizes.Heading3, sizes.Heading4 };
        for (var level = 1; level <= StyleIds.HeadingLevels; level++)
        {
            var before = level == 1 ? spacing.HeadingBefore * 1.5 : spacing.HeadingBefore;
            styles.Append(ParagraphStyle(StyleIds.Heading(level), "heading " + level, StyleIds.Normal, StyleIds.Normal, 9,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    KeepLines = new KeepLines(),
                    SpacingBetweenLines = Spacing(before, spacing.HeadingAfter, 1.1),
                    Justification = new Justification { Val = JustificationValues.Left },
                    OutlineLevel = new OutlineLevel { Val = level - 1 },
                },
                Run(heading, headingSizes[level - 1], level == 4 ? colors.Accent : colors.Heading, bold: true, italic: level == 4)));
        }

        styles.Append(
            ParagraphStyle(StyleIds.Quote, "Quote", StyleIds.Normal, StyleIds.Normal, 29,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = Units.Eighths(2.25), Space = 8, Color = Units.Color(colors.Accent) }),
                    Indentation = new Indentation { Left = Units.TwipsText(spacing.BlockIndent), Right = Units.TwipsText(spacing.BlockIndent) },
                },
                Run(null, null, colors.Muted, italic: true)),
            ParagraphStyle(StyleIds.ListParagraph, "List Paragraph", StyleIds.Normal, null, 34,
                new StyleParagraphProperties { SpacingBetweenLines = BodySpacing(0, spacing.ListItemAfter, sizes) },
                null));

        for (var level = 0; level < StyleIds.ListContinueLevels; level++)
        {
            styles.Append(ParagraphStyle(StyleIds.ListContinueAt(level), level == 0 ? "List Continue" : "List Continue " + (level + 1), StyleIds.Normal, null, 99,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = BodySpacing(0, spacing.ListItemAfter, sizes),
                    Indentation = new Indentation { Left = Units.TwipsText(spacing.ListIndent * (level + 1)) },
                },
                null,
                primary: false));
        }

        styles.Append(
            CalloutStyle(StyleIds.KeyPoints, "Key Points", spacing),
            CalloutStyle(StyleIds.Note, "Note", spacing),
            CalloutStyle(StyleIds.Warning, "Warning", spacing),
            ParagraphStyle(StyleIds.CalloutTitle, "Callout Title", StyleIds.Normal, null, 20,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = Spacing(0, spacing.ListItemAfter + 2, 1.1),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(heading, sizes.Body, colors.Heading, bold: true, caps: true, letterSpacing: 0.4)),
            ParagraphStyle(StyleIds.TableText, "Table Text", StyleIds.Normal, null, 20,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = Spacing(0, 0, 1.15),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(null, sizes.Body - 0.5, null)),
            ParagraphStyle(StyleIds.TableHeading, "Table Heading", StyleIds.TableText, null, 20,
                new StyleParagraphProperties { KeepNext = new KeepNext() },
                Run(heading, null, colors.TableHeaderText, bold: true)),
            ParagraphStyle(StyleIds.Caption, "caption", StyleIds.Normal, StyleIds.Normal, 35,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = Spacing(spacing.ListItemAfter, spacing.ParagraphAfter, 1.1),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(heading, sizes.Small, colors.Muted, italic: true)),
            ParagraphStyle(StyleIds.FootnoteText, "footnote text", StyleIds.Normal, null, 99,
                new StyleParagraphProperties
                {
                    // Set as tight as the PDF's notes: Word gives every citation a note of its own, so a
                    // one-page summary can carry twenty of them.
                    SpacingBetweenLines = Spacing(0, 0.5, 1.0),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(null, sizes.Footnote, null),
                primary: false),
            CharacterStyle(StyleIds.FootnoteReference, "footnote reference", StyleIds.DefaultParagraphFont, 99,
                new StyleRunProperties { VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript } }),
            CharacterStyle(StyleIds.Hyperlink, "Hyperlink", StyleIds.DefaultParagraphFont, 99,
                new StyleRunProperties
                {
                    Color = new Color { Val = Units.Color(colors.Link) },
                    Underline = new Underline { Val = UnderlineValues.Single },
                }),
            ParagraphStyle(StyleIds.Header, "header", StyleIds.Normal, null, 99,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = Units.Eighths(0.5), Space = 3, Color = Units.Color(colors.Rule) }),
                    Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = width }),
                    SpacingBetweenLines = Spacing(0, 0, 1),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(heading, sizes.Small, colors.Muted),
                primary: false),
            ParagraphStyle(StyleIds.Footer, "footer", StyleIds.Normal, null, 99,
                new StyleParagraphProperties
                {
                    Tabs = new Tabs(
                        new TabStop { Val = TabStopValues.Center, Position = width / 2 },
                        new TabStop { Val = TabStopValues.Right, Position = width }),
                    SpacingBetweenLines = Spacing(0, 0, 1),
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(heading, sizes.Small, colors.Muted),
                primary: false),
            CharacterStyle(StyleIds.Classification, "Classification", StyleIds.DefaultParagraphFont, 1,
                new StyleRunProperties
                {
                    RunFonts = Fonts(heading),
                    Bold = new Bold(),
                    Color = new Color { Val = Units.Color(colors.Banner) },
                    Spacing = new DocumentFormat.OpenXml.Wordprocessing.Spacing { Val = Units.Twips(0.5) },
                }),
            ParagraphStyle(StyleIds.TocHeading, "TOC Heading", StyleIds.Heading(1), StyleIds.Normal, 39,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = Spacing(spacing.HeadingBefore, spacing.HeadingAfter, 1.1),
                    OutlineLevel = new OutlineLevel { Val = 9 },
                },
                Run(null, sizes.Heading2, null)));

        for (var level = 1; level <= StyleIds.TocLevels; level++)
        {
            styles.Append(ParagraphStyle(StyleIds.Toc(level), "toc " + level, StyleIds.Normal, StyleIds.Normal, 39,
                new StyleParagraphProperties
                {
                    Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = width }),
                    SpacingBetweenLines = Spacing(level == 1 ? 3 : 0, 1, 1.15),
                    Indentation = new Indentation { Left = Units.TwipsText(spacing.ListIndent * (level - 1)) },
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                level == 1 ? Run(null, null, null, bold: true) : null,
                primary: false));
        }

        styles.Append(
            ParagraphStyle(StyleIds.SourceCode, "Source Code", StyleIds.Normal, null, 30,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(
                        Border<TopBorder>(colors.Rule, 0.5, 3),
                        Border<LeftBorder>(colors.Rule, 0.5, 4),
                        Border<BottomBorder>(colors.Rule, 0.5, 3),
                        Border<RightBorder>(colors.Rule, 0.5, 4)),
                    Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Units.Color(colors.TableZebra) },
                    SpacingBetweenLines = Spacing(0, spacing.ParagraphAfter + 2, 1.15),
                    Indentation = new Indentation { Left = "80", Right = "80" },
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Monospace(mono, sizes.Mono)),
            CharacterStyle(StyleIds.VerbatimChar, "Verbatim Char", StyleIds.DefaultParagraphFont, 30, Monospace(mono, sizes.Mono)),
            ParagraphStyle(StyleIds.HorizontalRule, "Horizontal Rule", StyleIds.Normal, StyleIds.Normal, 30,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = Units.Eighths(0.75), Space = 1, Color = Units.Color(colors.Rule) }),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = Units.TwipsText(spacing.ParagraphAfter * 2), Line = Units.TwipsText(spacing.ParagraphAfter), LineRule = LineSpacingRuleValues.Exact },
                },
                Run(null, 2, null)),
            TableStyles.Briefing(theme),
            TableStyles.Callout(StyleIds.KeyPointsBox, "Key Points Box", colors.CalloutBackground, colors.CalloutBorder, theme),
            TableStyles.Callout(StyleIds.NoteBox, "Note Box", colors.CalloutBackground, colors.Rule, theme),
            TableStyles.Callout(StyleIds.WarningBox, "Warning Box", colors.WarningBackground, colors.WarningBorder, theme));

        return styles;
    }

    public static RunFonts Fonts(string family) =>
        new() { Ascii = family, HighAnsi = family, ComplexScript = family, EastAsia = family };

    public static SpacingBetweenLines Spacing(double beforePoints, double afterPoints, double lineMultiple) => new()
    {
        Before = Units.TwipsText(beforePoints),
        After = Units.TwipsText(afterPoints),
        Line = Units.LineMultiple(lineMultiple),
        LineRule = LineSpacingRuleValues.Auto,
    };

    /// <summary>
    /// Body text's line pitch as the PDF sets it: the theme's line height times the body size, in points.
    /// Word's "multiple" spacing multiplies the font's own line height (about 1.17 em for Cambria), which
    /// would make every Word line taller than the PDF's and push one-page briefings onto a second page.
    /// "At least" keeps the pitch and still grows a line that holds something taller.
    /// </summary>
    public static SpacingBetweenLines BodySpacing(double beforePoints, double afterPoints, TypeScale sizes) => new()
    {
        Before = Units.TwipsText(beforePoints),
        After = Units.TwipsText(afterPoints),
        Line = Units.TwipsText(sizes.Body * sizes.LineHeight),
        LineRule = LineSpacingRuleValues.AtLeast,
    };

    public static T Border<T>(string color, double widthPoints, uint spacePoints)
        where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = Units.Eighths(widthPoints), Space = spacePoints, Color = Units.Color(color) };

    private static Style CalloutStyle(string id, string name, Core.Themes.Spacing spacing) =>
        ParagraphStyle(id, name, StyleIds.Normal, null, 20,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = Units.TwipsText(spacing.ListItemAfter + 2) } },
            null);

    private static StyleRunProperties Monospace(string mono, double size) => new()
    {
        RunFonts = Fonts(mono),
        NoProof = new NoProof(),
        FontSize = new FontSize { Val = Units.HalfPoints(size) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(size) },
    };

    private static StyleRunProperties? Run(
        string? font,
        double? size,
        string? color,
        bool bold = false,
        bool italic = false,
        bool caps = false,
        double letterSpacing = 0)
    {
        var run = new StyleRunProperties();
        if (font is not null)
        {
            run.RunFonts = Fonts(font);
        }

        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }

        if (italic)
        {
            run.Italic = new Italic();
            run.ItalicComplexScript = new ItalicComplexScript();
        }

        if (caps)
        {
            run.Caps = new Caps();
        }

        if (color is not null)
        {
            run.Color = new Color { Val = Units.Color(color) };
        }

        if (letterSpacing != 0)
        {
            run.Spacing = new DocumentFormat.OpenXml.Wordprocessing.Spacing { Val = Units.Twips(letterSpacing) };
        }

        if (size is { } points)
        {
            run.FontSize = new FontSize { Val = Units.HalfPoints(points) };
            run.FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(points) };
        }

        return run;
    }

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn,
        string? next,
        int priority,
        StyleParagraphProperties? paragraph,
        StyleRunProperties? run,
        bool primary = true,
        bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new UIPriority { Val = priority });
        if (primary)
        {
            style.Append(new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style CharacterStyle(string id, string name, string? basedOn, int priority, StyleRunProperties? run, bool isDefault = false, bool semiHidden = false)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new UIPriority { Val = priority });
        if (semiHidden)
        {
            style.Append(new SemiHidden(), new UnhideWhenUsed());
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableNormal()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };
        style.Append(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })));
        return style;
    }

    private static Style NoList()
    {
        var style = new Style { Type = StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true };
        style.Append(new StyleName { Val = "No List" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed());
        return style;
    }
}
