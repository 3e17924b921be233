namespace Briefings.Core.Yaml;

/// <summary>
/// YamlDotNet failed without saying where: a malformed tag (<c>!!binary[x]</c>, <c>!&lt;&gt;</c>) or events that
/// cannot make a node (<c>"A4"*a</c>). The caller locates it (<see cref="SafeYaml.StoppedAt"/>).
/// </summary>
internal sealed class PositionlessYamlException(ArgumentException failure) : Exception(failure.Message, failure);
