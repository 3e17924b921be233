using System.Collections;
using System.Reflection;
using Briefings.Core.Dates;
using Briefings.Core.Diagnostics;
using Briefings.Core.Facts;
using Scriban.Runtime;

namespace Briefings.Core.Templating.Model;

/// <summary>
/// Turns the typed facts into Scriban objects once per build. Every public property appears under its
/// snake_case name (YAML key = template name), so templates never touch .NET objects: Scriban's member
/// filter is not a security boundary, explicit script objects are. A field the facts give as sourced
/// alternatives appears as a <see cref="SourcedValue"/>, whether its C# type is <c>Sourced&lt;T&gt;</c> or plain,
/// so <c>{{ disputed field }}</c> marks any field the sources disagree on. The result is read-only and
/// shared by all renders.
/// </summary>
public static class TemplateModelBuilder
{
    private const int MaxDepth = 24;

    public static ScriptObject Build(FactBase facts) => (ScriptObject)new Converter(facts).Convert(facts, 0)!;

    private sealed class Converter(FactBase facts)
    {
        private readonly Dictionary<object, object?> converted = new(ReferenceEqualityComparer.Instance);

        public object? Convert(object? value, int depth)
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
                    return FactNames.SnakeCase(enumValue.ToString());
                case DateOnly day:
                    return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                case SourceLocation location:
                    return location.ToString();
            }

            // Boxed value types are new objects each time; only references can be met again.
            if (value.GetType().IsValueType)
            {
                return ConvertObject(value, depth);
            }

            if (!converted.TryGetValue(value, out var result))
            {
                result = ConvertObject(value, depth);
                converted[value] = result;
            }

            return result;
        }

        private object? ConvertObject(object value, int depth)
        {
            switch (value)
            {
                case EdtfDate date:
                    return Freeze(new DateValue(date));
                case Citation citation:
                    return Freeze(new CitationValue(citation));
                case ISourced sourced:
                    return Sourced(sourced, depth);
                case IDictionary dictionary:
                    var map = new ScriptObject(dictionary.Count);
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        map.Add(entry.Key.ToString()!, Convert(entry.Value, depth + 1));
                    }

                    return Freeze(map);
                case IEnumerable sequence:
                    var array = sequence is ICollection collection ? new ScriptArray(collection.Count) : new ScriptArray();
                    foreach (var item in sequence)
                    {
                        array.Add(Convert(item, depth + 1));
                    }

                    return Freeze(array);
                default:
                    return Record(value, depth);
            }
        }

        private SourcedValue Sourced(ISourced sourced, int depth)
        {
            var alternatives = new ScriptArray(sourced.Alternatives.Count);
            foreach (var alternative in sourced.Alternatives)
            {
                alternatives.Add(Convert(alternative, depth + 1));
            }

            return Freeze(new SourcedValue(sourced, Convert(sourced.Value, depth + 1), Freeze(alternatives)));
        }

        private ScriptObject Record(object value, int depth)
        {
            var properties = RecordProperties.Of(value.GetType());
            // Sized for its fields: a dictionary grown one field at a time is rebuilt three times over for an event.
            var result = new ScriptObject(properties.Count);
            // Most records have no field written as alternatives; those need no look-up per field.
            var record = value is FactRecord fact && facts.FieldAlternatives.HasAny(fact) ? fact : null;
            foreach (var property in properties)
            {
                var propertyValue = property.ValueOf(value);
                // The facts' own naming: a template name is the YAML key, by construction.
                result.Add(property.Key, record is null ? Convert(propertyValue, depth + 1) : Field(record, property.Name, propertyValue, depth));
            }

            return Freeze(result);
        }

        /// <summary>A fact's field, as alternatives where the facts wrote them (the whole field, or items of a list).</summary>
        private object? Field(FactRecord record, string name, object? value, int depth)
        {
            if (value is not ISourced && facts.FieldAlternatives.Find(record, name, FieldAlternatives.WholeField) is { } whole)
            {
                return Sourced(whole, depth + 1);
            }

            if (value is IList { Count: > 0 } items && items[0] is string or EdtfDate)
            {
                var array = new ScriptArray(items.Count);
                for (var index = 0; index < items.Count; index++)
                {
                    array.Add(facts.FieldAlternatives.Find(record, name, index) is { } item ? Sourced(item, depth + 2) : Convert(items[index], depth + 2));
                }

                return Freeze(array);
            }

            return Convert(value, depth + 1);
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
    }
}
