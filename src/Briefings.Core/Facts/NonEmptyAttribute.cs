namespace Briefings.Core.Facts;

/// <summary>A list that must be present and hold at least one item (e.g. every <c>cite</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NonEmptyAttribute : Attribute;
