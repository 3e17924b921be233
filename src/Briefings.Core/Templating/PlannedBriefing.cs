using Scriban.Runtime;

namespace Briefings.Core.Templating;

/// <summary>
/// One output to build: a template, the fan-out item it is for (or none) and its parameters.
/// <see cref="Name"/> is the output path without extension, e.g. <c>treaty-summary/tokyo-declaration-1993</c>.
/// </summary>
public sealed record PlannedBriefing(TemplateDefinition Template, string Name, ScriptObject? Item, IReadOnlyDictionary<string, string> Parameters);
