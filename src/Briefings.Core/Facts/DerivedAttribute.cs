namespace Briefings.Core.Facts;

/// <summary>
/// Marks a property the loader computes (a location, a line in a source) rather than reads from YAML.
/// The loader and the schema generator skip it; templates still see it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DerivedAttribute : Attribute;
