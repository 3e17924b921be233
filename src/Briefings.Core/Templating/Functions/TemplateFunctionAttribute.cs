namespace Briefings.Core.Templating.Functions;

/// <summary>Marks a method as a template function and gives its name in templates.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TemplateFunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
