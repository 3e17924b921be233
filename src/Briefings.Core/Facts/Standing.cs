namespace Briefings.Core.Facts;

/// <summary>How a party regards an agreement today.</summary>
public sealed record Standing(
    [property: References("parties")] string Party,
    [property: OneOf(Standing.Affirms, Standing.Disputes, Standing.Reinterprets, Standing.Withdrawn)] string Stance,
    string Text,
    [property: NonEmpty] IReadOnlyList<Citation> Cite) : FactRecord
{
    public const string Affirms = "affirms";
    public const string Disputes = "disputes";
    public const string Reinterprets = "reinterprets";
    public const string Withdrawn = "withdrawn";
}
