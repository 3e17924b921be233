using System.Text;
using Briefings.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Core.Tests.Yaml;

/// <summary>
/// What reading a YAML text gave, as text to compare: the first document's root (node by node, with tags, styles,
/// positions, and which nodes are one node through an alias), or the error and where it was raised. Made by
/// <see cref="YamlEventReader"/> (with its top-level sequences whole or item by item) and by YamlDotNet's
/// representation model, the reader's model of correctness.
/// </summary>
internal static class YamlOutcome
{
    public static string OfRepresentationModel(string yaml, bool itemByItem)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            return $"error at {exception.Start.Line}:{exception.Start.Column}: {exception.Message}";
        }
        catch (ArgumentException exception)
        {
            return $"positionless error: {exception.Message}";
        }
        catch (InvalidOperationException)
        {
            return $"stopped at {LastEventEnd(yaml)}";
        }

        if (stream.Documents.Count == 0)
        {
            return "no document";
        }

        var text = new Writer();
        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            return $"root is not a mapping, at {root.Start.Line}:{root.Start.Column}";
        }

        text.Line(0, $"mapping root at {mapping.Start.Line}:{mapping.Start.Column}");
        foreach (var (key, value) in mapping.Children)
        {
            if (itemByItem && value is YamlSequenceNode { Anchor.IsEmpty: true } sequence && mapping.Anchor.IsEmpty)
            {
                // Items only: the reader does not build a sequence it hands over item by item (nor names an empty one).
                if (sequence.Children.Count > 0)
                {
                    text.Node(1, "key", key);
                }

                foreach (var item in sequence.Children)
                {
                    text.Node(1, "item", item);
                }
            }
            else
            {
                text.Node(1, "key", key);
                text.Node(1, "value", value);
            }
        }

        return text.ToString();
    }

    public static string OfReader(string yaml, bool itemByItem)
    {
        var text = new Writer();
        var handler = new Recorder(text, itemByItem);
        YamlDocumentRoot? root;
        try
        {
            root = new YamlEventReader(new StringReader(yaml)).Read(handler);
        }
        catch (YamlStoppedException exception)
        {
            return $"stopped at {exception.Start.Line}:{exception.Start.Column}";
        }
        catch (YamlException exception)
        {
            return $"error at {exception.Start.Line}:{exception.Start.Column}: {exception.Message}";
        }
        catch (PositionlessYamlException exception)
        {
            return $"positionless error: {exception.Message}";
        }

        return root switch
        {
            null => "no document",
            { IsMapping: false } other => $"root is not a mapping, at {other.Line}:{other.Column}",
            { } mapping => $"mapping root at {mapping.Line}:{mapping.Column}\n" + text,
        };
    }

    private static string LastEventEnd(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var end = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                end = parser.Current!.End;
            }
        }
        catch (InvalidOperationException)
        {
        }

        return $"{end.Line}:{end.Column}";
    }

    private sealed class Recorder(Writer text, bool itemByItem) : IYamlRootHandler
    {
        public bool ReadsItemsOf(YamlValue key) => itemByItem;

        public void Entry(YamlValue key, YamlValue value)
        {
            text.Node(1, "key", key);
            text.Node(1, "value", value);
        }

        public void Item(YamlValue key, YamlValue item)
        {
            if (!ReferenceEquals(key, lastKey))
            {
                text.Node(1, "key", key);
                lastKey = key;
            }

            text.Node(1, "item", item);
        }

        private YamlValue? lastKey;
    }

    /// <summary>Both kinds of node written alike; a node met again (an alias) is written as the number it got first.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder text = new();
        private readonly Dictionary<object, int> seen = new(ReferenceEqualityComparer.Instance);

        public override string ToString() => text.ToString();

        public void Line(int depth, string line) => text.Append(' ', depth * 2).Append(line).Append('\n');

        public void Node(int depth, string role, YamlNode node)
        {
            if (Seen(depth, role, node))
            {
                return;
            }

            var tag = node.Tag.IsEmpty ? string.Empty : node.Tag.Value;
            switch (node)
            {
                case YamlScalarNode scalar:
                    Line(depth, $"{role} #{seen[node]}: scalar '{scalar.Value}' {scalar.Style} tag '{tag}' at {node.Start.Line}:{node.Start.Column}");
                    break;
                case YamlSequenceNode sequence:
                    Line(depth, $"{role} #{seen[node]}: sequence tag '{tag}' at {node.Start.Line}:{node.Start.Column}");
                    foreach (var item in sequence.Children)
                    {
                        Node(depth + 1, "item", item);
                    }

                    break;
                case YamlMappingNode mapping:
                    Line(depth, $"{role} #{seen[node]}: mapping tag '{tag}' at {node.Start.Line}:{node.Start.Column}");
                    foreach (var (key, value) in mapping.Children)
                    {
                        Node(depth + 1, "key", key);
                        Node(depth + 1, "value", value);
                    }

                    break;
            }
        }

        public void Node(int depth, string role, YamlValue node)
        {
            if (Seen(depth, role, node))
            {
                return;
            }

            switch (node)
            {
                case YamlScalar scalar:
                    Line(depth, $"{role} #{seen[node]}: scalar '{scalar.Value}' {scalar.Style} tag '{node.Tag}' at {node.Line}:{node.Column}");
                    break;
                case YamlSequence sequence:
                    Line(depth, $"{role} #{seen[node]}: sequence tag '{node.Tag}' at {node.Line}:{node.Column}");
                    for (var index = 0; index < sequence.Count; index++)
                    {
                        Node(depth + 1, "item", sequence[index]);
                    }

                    break;
                case YamlMapping mapping:
                    Line(depth, $"{role} #{seen[node]}: mapping tag '{node.Tag}' at {node.Line}:{node.Column}");
                    for (var index = 0; index < mapping.Count; index++)
                    {
                        Node(depth + 1, "key", mapping.KeyAt(index));
                        Node(depth + 1, "value", mapping.ValueAt(index));
                    }

                    break;
                default:
                    Line(depth, $"{role}: unresolved {node}");
                    break;
            }
        }

        private bool Seen(int depth, string role, object node)
        {
            if (seen.TryGetValue(node, out var number))
            {
                Line(depth, $"{role}: #{number} again");
                return true;
            }

            seen[node] = seen.Count + 1;
            return false;
        }
    }
}
