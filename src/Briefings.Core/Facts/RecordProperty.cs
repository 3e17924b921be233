using System.Reflection;

namespace Briefings.Core.Facts;

/// <summary>A public property of a fact type with its YAML/template key, as <see cref="RecordProperties"/> lists it.</summary>
internal sealed record RecordProperty(PropertyInfo Property, string Key, bool IsDerived)
{
    public string Name => Property.Name;

    public object? ValueOf(object record) => Property.GetValue(record);
}
