namespace Briefings.Core.Templating.Functions;

/// <summary>
/// Documents a template function with a template snippet and the Markdown it produces against the test
/// dossier (tests/Briefings.Core.Tests/TestData/Facts/river-dossier). Every example is run as a test, so
/// the documentation cannot drift from the behaviour.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class TemplateExampleAttribute(string template, string expected) : Attribute
{
    public string Template { get; } = template;

    public string Expected { get; } = expected;
}
