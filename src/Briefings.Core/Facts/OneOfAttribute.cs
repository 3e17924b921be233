namespace Briefings.Core.Facts;

/// <summary>A text property restricted to a fixed vocabulary (e.g. a stance).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute(params string[] values) : Attribute
{
    public IReadOnlyList<string> Values { get; } = values;
}
