using System.Text.RegularExpressions;
using Briefings.Core.Diagnostics;

namespace Briefings.Core.Facts;

/// <summary>
/// Loads the facts and adds the checks that are advice rather than rules: a source no fact cites, an event that
/// names no parties or places, a topic only one party has a position on, a dated agreement whose id lacks its year.
/// </summary>
public static partial class FactChecker
{
    public static FactCheckReport Check(string factsPath) => Check(FactBaseLoader.Load(factsPath), factsPath);

    public static FactCheckReport Check(FactLoadResult loaded, string factsPath)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
        var warnings = loaded.Diagnostics.Where(d => !d.IsError).ToList();
        if (loaded.Facts is not { } facts)
        {
            return new FactCheckReport(factsPath, new Dictionary<string, int>(), errors, warnings, [], new Dictionary<string, int>());
        }

        var citations = facts.AllCitations();
        var bySource = facts.Sources.ToDictionary(s => s.Id, _ => 0, StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            if (bySource.TryGetValue(citation.Source, out var count))
            {
                bySource[citation.Source] = count + 1;
            }
        }

        foreach (var source in facts.Sources.Where(s => bySource[s.Id] == 0))
        {
            warnings.Add(Diagnostic.Warning(FactDiagnosticCodes.SourceNeverCited, $"source '{source.Id}' ({source.File}) is not cited by any fact", source.Location));
        }

        foreach (var fact in facts.Events)
        {
            var missing = (fact.Parties.Count == 0, fact.Places.Count == 0) switch
            {
                (true, true) => "no parties and no places",
                (true, false) => "no parties",
                (false, true) => "no places",
                _ => null,
            };
            if (missing is not null)
            {
                warnings.Add(Diagnostic.Warning(FactDiagnosticCodes.EventWithoutPlacesOrParties, $"event '{fact.Id}' names {missing}", fact.Location));
            }
        }

        foreach (var topic in facts.Topics)
        {
            var parties = facts.PositionsOn(topic).Select(p => p.Party).Distinct(StringComparer.Ordinal).ToList();
            if (parties.Count < 2)
            {
                warnings.Add(Diagnostic.Warning(
                    FactDiagnosticCodes.TopicWithOneParty,
                    parties.Count == 0
                        ? $"topic '{topic.Id}' has no positions"
                        : $"topic '{topic.Id}' has a position of only one party ('{parties[0]}'); a comparison needs two",
                    topic.Location));
            }
        }

        // An undated agreement has no year to carry; giving its id one would assert a date no source states.
        foreach (var agreement in facts.Agreements)
        {
            if (agreement.Date is { } date && !YearSuffix().IsMatch(agreement.Id))
            {
                warnings.Add(Diagnostic.Warning(
                    FactDiagnosticCodes.AgreementIdWithoutYear,
                    $"agreement '{agreement.Id}' should end with its year (e.g. '{agreement.Id}-{date.Value.Year}'): it names output files",
                    agreement.Location));
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["sources"] = facts.Sources.Count,
            ["parties"] = facts.Parties.Count,
            ["places"] = facts.Places.Count,
            ["people"] = facts.People.Count,
            ["topics"] = facts.Topics.Count,
            ["eras"] = facts.Eras.Count,
            ["agreements"] = facts.Agreements.Count,
            ["events"] = facts.Events.Count,
            ["positions"] = facts.Positions.Count,
            ["citations"] = citations.Count,
            ["discrepancies"] = facts.Discrepancies.Count,
        };

        return new FactCheckReport(factsPath, counts, errors, [.. warnings.OrderBy(w => w.Location?.Line ?? 0)], facts.Discrepancies, bySource);
    }

    [GeneratedRegex(@"-\d{4}$")]
    private static partial Regex YearSuffix();
}
