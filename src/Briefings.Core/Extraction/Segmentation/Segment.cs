using Briefings.Core.Extraction.Text;

namespace Briefings.Core.Extraction.Segmentation;

/// <summary>A sentence or heading: a trimmed span of a <see cref="SourceText"/>'s normalised text.</summary>
public readonly record struct Segment(TextSpan Span, SegmentKind Kind, int BlockIndex);
