using System.Collections;
using System.Reflection;
using System.Text;
using Briefings.Core.Dates;
using Briefings.Core.Diagnostics;
using Briefings.Core.Facts;
using Scriban.Runtime;

namespace Briefings.Core.Templating.Model;

/// <summary>
/// Turns the typed facts into Scriban objects once per build. Every public property appears under its
/// snake_case name (YAML key = template name), so templates never touch .NET objects: Scriban's member
/// filter is not a security boundary, explicit script objects are. The result is read-only and shared by
/// all renders.
/// </summary>
public static class TemplateModelBuilder
{
    private const int MaxDepth = 24;

    public static ScriptObject Build(FactBase facts)
    {
        var model = (ScriptObject)Convert(facts, 0)!;
        return model;
    }

    public static object? Convert(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("the facts model nests too deeply to expose to templates");
        }

        switch (value)
        {
            case null:
                return null;
            case string or bool or int or long or double or decimal:
                return value;
            case Enum enumValue:
                return SnakeCase(enumValue.ToString());
            case EdtfDate date:
                return Freeze(new DateValue(date));
            case DateOnly day:
                return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            case SourceLocation location:
                return location.ToString();
            case Citation citation:
                return Freeze(new CitationValue(citation));
            case ISourced sourced:
                var alternatives = new ScriptArray();
                foreach (var alternative in sourced.Alternatives)
                {
                    alternatives.Add(Convert(alternative, depth + 1));
                }

                return Freeze(new SourcedValue(sourced, Convert(sourced.Value, depth + 1), Freeze(alternatives)));
            case IDictionary dictionary:
                var map = new ScriptObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    map.Add(entry.Key.ToString()!, Convert(entry.Value, depth + 1));
                }

                return Freeze(map);
            case IEnumerable sequence:
                var array = new ScriptArray();
                foreach (var item in sequence)
                {
                    array.Add(Convert(item, depth + 1));
                }

                return Freeze(array);
            default:
                return ConvertRecord(value, depth);
        }
    }

    private static ScriptObject ConvertRecord(object value, int depth)
    {
        var result = new ScriptObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            result.Add(SnakeCase(property.Name), Convert(property.GetValue(value), depth + 1));
        }

        return Freeze(result);
    }

    private static T Freeze<T>(T value)
        where T : IScriptObject
    {
        if (value is ScriptObject scriptObject)
        {
            scriptObject.IsReadOnly = true;
        }
        else if (value is ScriptArray array)
        {
            array.IsReadOnly = true;
        }

        return value;
    }

    /// <summary><c>ShortName</c> → <c>short_name</c>, <c>IsDiscrepancy</c> → <c>is_discrepancy</c>.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
