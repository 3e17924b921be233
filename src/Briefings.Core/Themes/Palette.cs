namespace Briefings.Core.Themes;

public sealed record Palette(
    string Text,
    string Heading,
    string Accent,
    string Muted,
    string Rule,
    string Link,
    string Banner,
    string CalloutBackground,
    string CalloutBorder,
    string WarningBackground,
    string WarningBorder,
    string TableHeaderBackground,
    string TableHeaderText,
    string TableZebra,
    string TableBorder);
