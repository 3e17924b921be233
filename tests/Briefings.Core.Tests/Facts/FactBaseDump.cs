using System.Collections;
using System.Reflection;
using System.Text;
using Briefings.Core.Facts;

namespace Briefings.Core.Tests.Facts;

/// <summary>
/// A fact base written out as text, every public property of every record, with positions, the alternatives the loader
/// kept for plainly typed fields, and which objects are the same object (a plainly written sourced field holds its
/// fact's own citation list): two fact bases with the same text were loaded the same, structure and identity alike.
/// </summary>
internal static class FactBaseDump
{
    public static string Of(FactBase facts)
    {
        var writer = new Writer(facts);
        foreach (var property in typeof(FactBase).GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            writer.Write(0, property.Name, property.GetValue(facts));
        }

        return writer.ToString();
    }

    private sealed class Writer(FactBase facts)
    {
        private readonly StringBuilder text = new();
        private readonly Dictionary<object, int> seen = new(ReferenceEqualityComparer.Instance);

        public override string ToString() => text.ToString();

        public void Write(int depth, string name, object? value)
        {
            text.Append(' ', depth * 2).Append(name).Append(": ");
            switch (value)
            {
                case null:
                    text.Append("null\n");
                    return;
                case Diagnostics.SourceLocation location:
                    // The file by name only, so that the text does not depend on where the repository is.
                    text.Append(Path.GetFileName(location.File)).Append(':').Append(location.Line).Append(':').Append(location.Column).Append('\n');
                    return;
                case string s:
                    text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append("\"\n");
                    return;
                case IReadOnlyDictionary<string, string> dictionary:
                    text.Append(Identity(dictionary, out var knownDictionary)).Append('\n');
                    if (!knownDictionary)
                    {
                        foreach (var (key, entry) in dictionary)
                        {
                            Write(depth + 1, key, entry);
                        }
                    }

                    return;
                case IEnumerable items:
                    WriteList(depth, items);
                    return;
            }

            // Dates and other values of the model's own kinds print as they are written (an EDTF date as "1956-10~").
            var type = value.GetType();
            if (type.Namespace != typeof(FactBase).Namespace)
            {
                text.Append(value).Append('\n');
                return;
            }

            text.Append(Name(type)).Append(' ').Append(Identity(value, out var known)).Append('\n');
            if (known)
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").OrderBy(p => p.MetadataToken))
            {
                Write(depth + 1, property.Name, property.GetValue(value));
                if (value is FactRecord record)
                {
                    WriteAlternatives(depth + 1, record, property);
                }
            }
        }

        private void WriteList(int depth, IEnumerable items)
        {
            var list = items.Cast<object?>().ToList();
            text.Append('[').Append(list.Count).Append("] ").Append(Identity(items, out var known)).Append('\n');
            if (!known)
            {
                for (var index = 0; index < list.Count; index++)
                {
                    Write(depth + 1, $"[{index}]", list[index]);
                }
            }
        }

        private void WriteAlternatives(int depth, FactRecord record, PropertyInfo property)
        {
            if (facts.AlternativesOf(record, property.Name) is { } whole)
            {
                Write(depth, property.Name + " (alternatives)", whole);
            }

            if (property.GetValue(record) is IEnumerable items and not string)
            {
                var count = items.Cast<object?>().Count();
                for (var index = 0; index < count; index++)
                {
                    if (facts.AlternativesOf(record, property.Name, index) is { } item)
                    {
                        Write(depth, $"{property.Name}[{index}] (alternatives)", item);
                    }
                }
            }
        }

        /// <summary>"#n" the first time an object is met; "same as #n" after, for an object already written.</summary>
        private string Identity(object value, out bool known)
        {
            known = seen.TryGetValue(value, out var number);
            if (!known)
            {
                seen[value] = number = seen.Count + 1;
                return $"#{number}";
            }

            return $"same as #{number}";
        }

        private static string Name(Type type) =>
            type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;
    }
}
