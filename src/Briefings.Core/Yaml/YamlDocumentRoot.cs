namespace Briefings.Core.Yaml;

/// <summary>What the first document of a YAML stream holds at its root: a mapping or not, and where it starts.</summary>
internal readonly record struct YamlDocumentRoot(bool IsMapping, int Line, int Column);
