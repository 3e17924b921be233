using Briefings.Core.Dates;
using Briefings.Core.Diagnostics;
using Briefings.Core.Extraction.Coverage;
using Briefings.Core.Extraction.Mentions;
using Briefings.Core.Extraction.Segmentation;
using Briefings.Core.Extraction.Text;
using Briefings.Core.Facts;
using SourceText = Briefings.Core.Extraction.Text.SourceText;

namespace Briefings.Core.Extraction;

/// <summary>
/// Reads the sources, finds every dated statement (a sentence with at least one date mention) with its dates,
/// durations and entity names, and measures how many of them the facts cite. Rule-based and repeatable: the same
/// inputs give the same report, in the same order. Nothing is written anywhere.
/// </summary>
/// <remarks>
/// Per source: normalise (<see cref="SourceText"/>), segment (<see cref="SentenceSegmenter"/>), find the document's own
/// date (the first dateline: a sentence or heading that is nothing but a date, or a news dateline
/// "TOKYO (Agency - 18th October, 2021)"), then read the segments in order with a <see cref="DateContext"/> so that
/// years left out are completed (see there for the rule). Headings and datelines are not statements; their stated
/// years still count as context. A statement is <em>covered</em> when a cited quote of that source overlaps it.
/// </remarks>
public static class Extractor
{
    public const string DiagnosticSourceMissing = "BRF-EXT-001";
    public const string DiagnosticSourceUnlisted = "BRF-EXT-002";

    /// <summary>A dateline is a date with perhaps a time and a number or two; anything longer is a sentence.</summary>
    private const int MaximumDatelineLength = 80;

    /// <summary>
    /// Extracts every source the facts list (their <c>file</c> is relative to <paramref name="seedsDirectory"/>),
    /// then any <c>*.txt</c> or <c>*.md</c> file of that folder the facts do not list (id = file name without
    /// extension, with a warning). Sources come in the facts' order, unlisted files after them by name.
    /// </summary>
    public static ExtractionReport Run(FactBase facts, string seedsDirectory)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(seedsDirectory);
        var diagnostics = new List<Diagnostic>();
        var inputs = new List<(string Id, string File, string Path)>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in facts.Sources)
        {
            var path = Path.GetFullPath(Path.Combine(seedsDirectory, source.File));
            listed.Add(path);
            if (File.Exists(path))
            {
                inputs.Add((source.Id, source.File, path));
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticSourceMissing, $"source '{source.Id}': file '{source.File}' not found in {seedsDirectory}", source.Location));
            }
        }

        if (Directory.Exists(seedsDirectory))
        {
            var unlisted = Directory.EnumerateFiles(seedsDirectory)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Select(Path.GetFullPath)
                .Where(f => !listed.Contains(f))
                .Order(StringComparer.Ordinal);
            foreach (var path in unlisted)
            {
                var file = Path.GetFileName(path);
                diagnostics.Add(Diagnostic.Warning(DiagnosticSourceUnlisted, $"'{file}' is not listed in the facts' sources; extracted as '{Path.GetFileNameWithoutExtension(file)}'"));
                inputs.Add((Path.GetFileNameWithoutExtension(file), file, path));
            }
        }

        var entities = EntityCatalog.FromFacts(facts);
        var citations = FactCitations.Collect(facts);
        var sources = inputs
            .Select(input => ExtractSource(input.Id, SourceText.Load(input.Path, input.File), entities, citations))
            .ToList();
        return new ExtractionReport(sources, diagnostics);
    }

    /// <summary>Extracts already loaded sources with the given names to look for and citations to measure coverage by.</summary>
    public static ExtractionReport Run(IEnumerable<(string Id, SourceText Text)> sources, EntityCatalog entities, IReadOnlyList<CitedQuote> citations)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new ExtractionReport([.. sources.Select(s => ExtractSource(s.Id, s.Text, entities, citations))], []);
    }

    /// <summary>One source: its dated statements, each with dates, durations, entities and the citations covering it.</summary>
    public static SourceExtraction ExtractSource(string sourceId, SourceText text, EntityCatalog entities, IReadOnlyList<CitedQuote> citations)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(citations);
        var segments = SentenceSegmenter.Segment(text);
        var context = new DateContext(FindDocumentDate(text, segments));
        var quotes = citations
            .Where(c => string.Equals(c.Source, sourceId, StringComparison.Ordinal))
            .Select(c => (Citation: c, Spans: QuoteLocator.Locate(text, c)))
            .ToList();
        var coverage = new CoverageSweep(quotes.SelectMany(q => q.Spans.Select(span => (span, q.Citation.Location))));

        var statements = new List<DatedStatement>();
        var sentences = 0;
        var block = -1;
        string? section = null;
        foreach (var segment in segments)
        {
            if (segment.BlockIndex != block)
            {
                context.BeginParagraph();
                block = segment.BlockIndex;
            }

            var sentence = text.Slice(segment.Span);
            var found = DateRecognizer.Recognise(sentence, context);
            if (DateRecognizer.IsDateOnly(sentence, found.Dates))
            {
                continue;
            }

            if (segment.Kind == SegmentKind.Heading)
            {
                section = sentence;
                continue;
            }

            sentences++;
            if (found.Dates.Count == 0)
            {
                continue;
            }

            var (line, column) = text.LineColumn(segment.Span.Start);
            var citedBy = coverage.Overlapping(segment.Span);
            statements.Add(new DatedStatement(
                sourceId, text.Name, line, column, segment.Span, sentence, section,
                found.Dates, found.Durations, entities.Find(sentence), citedBy));
        }

        var unlocated = quotes.Where(q => q.Spans.Count == 0).Select(q => q.Citation.Location).ToList();
        return new SourceExtraction(sourceId, text.Name, context.DocumentDate, sentences, statements, unlocated);
    }

    /// <summary>
    /// The date a source gives itself: the first dateline in reading order, either a segment that is nothing but a
    /// date ("Apr 8, 2025 05:56 329", "(2019-01-23)") or a news dateline opening a paragraph. Day precision only.
    /// </summary>
    public static EdtfDate? FindDocumentDate(SourceText text, IReadOnlyList<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        foreach (var segment in segments)
        {
            var sentence = text.Slice(segment.Span);
            var block = text.Blocks[segment.BlockIndex];
            if (segment.Span.Start == block.Span.Start
                && DatePatterns.NewsDateline().Match(sentence) is { Success: true } dateline
                && DateRecognizer.FirstFullDate(dateline.Groups["date"].Value) is { } newsDate)
            {
                return newsDate;
            }

            if (sentence.Length > MaximumDatelineLength)
            {
                continue;
            }

            var dates = DateRecognizer.Recognise(sentence, new DateContext()).Dates;
            if (DateRecognizer.IsDateOnly(sentence, dates) && DateRecognizer.FirstFullDate(sentence) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
