namespace Briefings.Core.Templating;

/// <summary>A parameter a template accepts (<c>--param name=value</c>), visible to it as <c>params.name</c>.</summary>
public sealed record TemplateParameter(string Name, string Default, string Description, IReadOnlyList<string> Allowed);
