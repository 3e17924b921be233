using System.Reflection;

namespace Briefings.Core.Facts;

/// <summary>A public property of a fact type with its YAML/template key, as <see cref="RecordProperties"/> lists it.</summary>
internal sealed record RecordProperty(PropertyInfo Property, string Key, bool IsDerived)
{
    /// <summary>The C# name, read once: reflection decodes it from metadata on every call.</summary>
    public string Name { get; } = Property.Name;

    public object? ValueOf(object record) => Property.GetValue(record);
}
