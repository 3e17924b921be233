using Briefings.Core.Diagnostics;
using Briefings.Core.Templating;
using Briefings.Core.Themes;

namespace Briefings.Core.Build;

/// <summary>
/// What a build keeps once every briefing is Markdown: not the facts, the template model or the engine, which a long
/// dossier's outputs would otherwise render beside.
/// </summary>
/// <param name="Shared">What every output's fingerprint shares: tool, theme, fonts, code and PDF/A.</param>
/// <param name="Jobs">In plan order; null where the Markdown failed (its errors are already collected).</param>
internal sealed record PreparedBuild(
    Theme Theme,
    IReadOnlyList<TemplateDefinition> Templates,
    ManifestInputs Hashes,
    string ToolVersion,
    IReadOnlyList<Diagnostic> Warnings,
    string Shared,
    MarkdownJob?[] Jobs);
