using System.Text.RegularExpressions;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>A pattern match, before its year is completed and it is turned into an EDTF date.</summary>
internal sealed record DateCandidate(DateShape Shape, int Start, int Length, Match Match)
{
    public int End => Start + Length;

    public string? Group(string name) => Match.Groups[name] is { Success: true } group ? group.Value : null;
}
