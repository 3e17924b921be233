using Briefings.Core.Diagnostics;

namespace Briefings.Core.Extraction;

/// <summary>
/// A quote some fact cites from a source: <see cref="Line"/> is where the facts loader found it (0 if it did not),
/// <see cref="Location"/> where the citation is written in the facts.
/// </summary>
public sealed record CitedQuote(string Source, string Quote, int Line, SourceLocation Location);
