namespace Briefings.Core.Facts;

/// <summary>
/// The property holds ids of another collection of the facts (by its YAML name, e.g. <c>places</c>); for a
/// dictionary, its keys do. The loader reports any id that the collection does not define.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute(string collection) : Attribute
{
    public string Collection { get; } = collection;
}
