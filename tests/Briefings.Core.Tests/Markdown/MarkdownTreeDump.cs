using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Core.Tests.Markdown;

/// <summary>
/// A syntax tree as text, to compare the trees of two parsers node for node: every object in document order with
/// its parent, and every value it holds that is not another node (position, span, content, flags, counts, labels,
/// URLs, a cell's column, a row's header flag), its attributes and, for a table, its column definitions.
/// </summary>
internal static class MarkdownTreeDump
{
    private static readonly ConcurrentDictionary<Type, MemberInfo[]> ValueMembers = new();

    private static readonly PropertyInfo SeparatorDashCount =
        typeof(TableColumnDefinition).GetProperty("SeparatorDashCount", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("Markdig's column definitions no longer count the separator's dashes");

    public static string Of(MarkdownDocument document)
    {
        var dump = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            var parent = node switch
            {
                Block block => block.Parent?.GetType().Name,
                Inline inline => inline.Parent?.GetType().Name,
                _ => null,
            };
            dump.Append(node.GetType().Name).Append(" in ").Append(parent);
            foreach (var member in ValueMembers.GetOrAdd(node.GetType(), ValuesOf))
            {
                dump.Append(' ').Append(member.Name).Append('=').Append(Text(member switch
                {
                    PropertyInfo property => property.GetValue(node),
                    FieldInfo field => field.GetValue(node),
                    _ => null,
                }));
            }

            if (node.TryGetAttributes() is { } attributes)
            {
                dump.Append(" #").Append(attributes.Id)
                    .Append(" .").Append(string.Join('.', attributes.Classes ?? []))
                    .Append(' ').Append(string.Join(',', (attributes.Properties ?? []).Select(property => property.Key + "=" + property.Value)));
            }

            if (node is Table table)
            {
                foreach (var column in table.ColumnDefinitions)
                {
                    dump.Append(" column=").Append(column.Alignment).Append('/').Append(Text(column.Width)).Append('/').Append(SeparatorDashCount.GetValue(column));
                }
            }

            dump.Append('\n');
        }

        return dump.ToString();
    }

    /// <summary>The public properties and fields of a node's type that hold values rather than other objects of the tree.</summary>
    private static MemberInfo[] ValuesOf(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(property => property.GetIndexParameters().Length == 0 && IsValue(property.PropertyType))
            .Concat<MemberInfo>(type.GetFields(BindingFlags.Instance | BindingFlags.Public).Where(field => IsValue(field.FieldType)))
            .OrderBy(member => member.Name, StringComparer.Ordinal)
            .ToArray();

    private static bool IsValue(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(StringSlice) || type == typeof(SourceSpan);
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
