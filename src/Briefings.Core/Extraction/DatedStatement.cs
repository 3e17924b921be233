using Briefings.Core.Diagnostics;
using Briefings.Core.Extraction.Mentions;
using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction;

/// <summary>
/// A sentence of a source with at least one date: a candidate fact. <see cref="Line"/> and <see cref="Column"/>
/// locate its first character in the original file; <see cref="Span"/> is its place in the normalised text; the
/// mentions' spans are relative to <see cref="Text"/>. <see cref="Section"/> is the nearest heading above it.
/// <see cref="CitedBy"/> lists the citations in the facts whose quote overlaps it; none means uncovered.
/// </summary>
public sealed record DatedStatement(
    string SourceId,
    string File,
    int Line,
    int Column,
    TextSpan Span,
    string Text,
    string? Section,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<DurationMention> Durations,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<SourceLocation> CitedBy)
{
    public bool Covered => CitedBy.Count > 0;

    public SourceLocation Location => new(File, Line, Column);
}
