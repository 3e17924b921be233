using YamlDotNet.Core;

namespace Briefings.Core.Yaml;

/// <summary>A YAML scalar: its text as parsed (escapes resolved, never null) and how it was written.</summary>
internal sealed class YamlScalar(int line, int column, string tag, string value, ScalarStyle style) : YamlValue(line, column, tag)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    internal override bool SameAs(YamlValue other, int depth) =>
        ReferenceEquals(this, other)
        || (other is YamlScalar scalar && string.Equals(Tag, scalar.Tag, StringComparison.Ordinal) && string.Equals(Value, scalar.Value, StringComparison.Ordinal));

    internal override string Describe(int depth) => Value;
}
