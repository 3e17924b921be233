using System.Reflection;
using Briefings.Core.Templating;
using Briefings.Core.Templating.Functions;
using Xunit;

namespace Briefings.Core.Tests.Templating;

/// <summary>Every template function carries at least one example, and every example does what it says.</summary>
public sealed class FunctionExampleTests
{
    private static readonly Type[] FunctionClasses =
        typeof(TemplateFunctionAttribute).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<TemplateFunctionAttribute>() is not null))
            .ToArray();

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, name) in FunctionClasses.SelectMany(TemplateEngine.FunctionMethods))
        {
            foreach (var example in method.GetCustomAttributes<TemplateExampleAttribute>())
            {
                data.Add(name, example.Template, example.Expected);
            }
        }

        return data;
    }

    [Fact]
    public void Every_function_has_an_example()
    {
        var undocumented = FunctionClasses.SelectMany(TemplateEngine.FunctionMethods)
            .Where(function => !function.Method.GetCustomAttributes<TemplateExampleAttribute>().Any())
            .Select(function => function.Name);
        Assert.Empty(undocumented);
        Assert.True(FunctionClasses.Length >= 5, "the function classes were not found");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_documented(string function, string template, string expected)
    {
        var body = TemplateHarness.Body(TemplateHarness.RenderInline(template, TemplateHarness.RiverDossier));
        var withoutNotes = body.Split("\n\n[^1]:")[0];
        Assert.True(expected == withoutNotes, $"{function}: expected «{expected}», got «{withoutNotes}»");
    }
}
