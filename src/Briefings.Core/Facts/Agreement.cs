using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>
/// A treaty, declaration or joint statement. Its id names the thing and the year (<c>tokyo-declaration-1993</c>)
/// because it becomes an output file name. <see cref="Territory"/> is what it says about the disputed places;
/// <see cref="Cite"/> (optional) supports the agreement itself, and so any of its fields written plainly.
/// <see cref="Date"/> is null when no source dates the agreement: the facts state only what a source says.
/// </summary>
public sealed record Agreement(
    string Id,
    string Name,
    string ShortName,
    IReadOnlyList<string> Aliases,
    string Kind,
    Sourced<EdtfDate>? Date,
    [property: References("places")] Sourced<string>? Place,
    [property: References("parties"), NonEmpty] IReadOnlyList<string> Parties,
    IReadOnlyList<Signatory> Signatories,
    IReadOnlyList<Provision> Provisions,
    Provision? Territory,
    CitedStatement Status,
    IReadOnlyList<Standing> Standing,
    CitedStatement Significance,
    IReadOnlyList<Citation> Cite) : FactRecord;
