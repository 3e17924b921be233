using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>One cell of the positions comparison: a party's position on a topic, as of a date.</summary>
public sealed record Position(
    [property: References("topics")] string Topic,
    [property: References("parties")] string Party,
    string Text,
    EdtfDate AsOf,
    [property: NonEmpty] IReadOnlyList<Citation> Cite) : FactRecord;
