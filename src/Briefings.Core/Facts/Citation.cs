namespace Briefings.Core.Facts;

/// <summary>
/// A verbatim quote from a source supporting a fact. <see cref="Line"/> is the 1-based line of the source file
/// where the loader found the quote (0 if it was not found); <see cref="FactRecord.Location"/> is the citation
/// in the YAML.
/// </summary>
public sealed record Citation([property: References("sources")] string Source, string Quote) : FactRecord
{
    [Derived]
    public int Line { get; init; }
}
