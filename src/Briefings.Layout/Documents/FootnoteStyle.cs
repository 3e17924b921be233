using Briefings.Layout.Geometry;

namespace Briefings.Layout.Documents;

/// <param name="SeparatorWidth">Length of the rule above the notes, as a share of the body width.</param>
/// <param name="GapAbove">Space between the body text and the rule.</param>
/// <param name="GapBelow">Space between the rule and the first note.</param>
/// <param name="NoteSpacing">Space between two notes.</param>
/// <param name="MaxShare">The largest share of the page the notes may take before continuing on the next page.</param>
public sealed record FootnoteStyle(
    Color SeparatorColor,
    double SeparatorWidth = 0.3,
    double SeparatorThickness = 0.5,
    double GapAbove = 10,
    double GapBelow = 5,
    double NoteSpacing = 2,
    double MaxShare = 0.5);
