using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Core.Yaml;

/// <summary>
/// Reads a YAML stream from YamlDotNet's parser events into <see cref="YamlValue"/> nodes, checking what YamlDotNet's
/// representation model checks (a key given twice in a mapping, an alias whose anchor no node carries, an alias as a
/// whole document) and failing the same way, with the same messages. It does not build the document: the first
/// document's root mapping is handed to an <see cref="IYamlRootHandler"/> entry by entry, and a sequence under a
/// top-level key item by item, so a 10,000-event file is never a tree at once. Later documents, and the first when
/// it is not a plain mapping, are built and checked the same way, then dropped.
/// </summary>
internal sealed class YamlEventReader(IParser parser)
{
    private readonly Dictionary<string, YamlValue> anchors = new(StringComparer.Ordinal);
    private readonly List<PendingAlias> pending = [];
    private readonly List<(YamlValue[] Part, bool IsItem)> held = [];

    // Working lists by nesting depth, reused from one node to the next; each node keeps an exact array.
    private readonly List<List<YamlValue>> children = [];
    private readonly List<YamlKeySet> keySets = [];

    private ParsingEvent current = null!;
    private Mark lastParsed = Mark.Empty;
    private int forwardAliases;

    /// <summary>Reads <paramref name="input"/> with YamlDotNet's parser, which reads all of YAML.</summary>
    public YamlEventReader(TextReader input)
        : this(new Parser(input))
    {
    }

    /// <summary>
    /// Reads the whole stream, handing the first document's root entries to <paramref name="handler"/> (none when
    /// null: the stream is only checked). Returns the first document's root, or null when the stream has no document.
    /// </summary>
    /// <exception cref="YamlException">The YAML is malformed; the exception says where.</exception>
    /// <exception cref="PositionlessYamlException">The YAML is malformed and YamlDotNet could not say where.</exception>
    /// <exception cref="DecoderFallbackException">The input is not valid in its encoding.</exception>
    public YamlDocumentRoot? Read(IYamlRootHandler? handler)
    {
        Advance();
        Consume<StreamStart>();
        YamlDocumentRoot? first = null;
        for (var documents = 0; current is not StreamEnd; documents++)
        {
            Consume<DocumentStart>();
            YamlMapping? whole = null;
            while (current is not DocumentEnd)
            {
                if (documents == 0 && handler is not null && current is MappingStart { Anchor.IsEmpty: true })
                {
                    first ??= ReadRootEntries(handler);
                    continue;
                }

                // Anything else is built whole: an anchored root could be aliased from inside itself.
                var root = ReadNode(0);
                if (root is PendingAlias alias)
                {
                    throw Error(alias, "A document cannot contain only an alias");
                }

                if (documents == 0)
                {
                    first ??= new YamlDocumentRoot(root is YamlMapping, root.Line, root.Column);
                    whole = root as YamlMapping;
                }
            }

            ResolvePendingAliases();
            if (handler is not null)
            {
                for (var index = 0; index < whole?.Count; index++)
                {
                    handler.Entry(whole.KeyAt(index), whole.ValueAt(index));
                }

                foreach (var (part, isItem) in held)
                {
                    Hand(handler, part[0], part[1], isItem);
                }
            }

            held.Clear();
            anchors.Clear();
            forwardAliases = 0;
            Consume<DocumentEnd>();
        }

        return first;
    }

    /// <summary>
    /// The first document's root mapping, entry by entry. Aliases met before their anchors are resolved in the order
    /// the representation model resolved them, the order their collections end in (a sequence's items at its end,
    /// the root's own keys and values last), so that the same one is reported when several have no anchor.
    /// </summary>
    private YamlDocumentRoot ReadRootEntries(IYamlRootHandler handler)
    {
        var start = current.Start;
        Advance();
        var keys = KeySet(0);
        var rootAliases = new List<PendingAlias>();
        while (current is not MappingEnd)
        {
            var key = ReadNode(1);
            if (key is PendingAlias keyAlias)
            {
                keyAlias.MarkAsKey();
                rootAliases.Add(keyAlias);
            }

            if (current is SequenceStart { Anchor.IsEmpty: true } && handler.ReadsItemsOf(key))
            {
                Advance();
                var itemAliases = new List<PendingAlias>();
                while (current is not SequenceEnd)
                {
                    Deliver(handler, key, ReadNode(2), isItem: true, itemAliases);
                }

                Advance();
                pending.AddRange(itemAliases);
            }
            else
            {
                Deliver(handler, key, ReadNode(1), isItem: false, rootAliases);
            }

            AddKey(keys, key);
        }

        Advance();
        pending.AddRange(rootAliases);
        return new YamlDocumentRoot(true, (int)start.Line, (int)start.Column);
    }

    private YamlValue ReadNode(int depth)
    {
        switch (current)
        {
            case Scalar scalar:
            {
                var node = new YamlScalar((int)scalar.Start.Line, (int)scalar.Start.Column, TagOf(scalar.Tag), scalar.Value, scalar.Style);
                Anchor(scalar.Anchor, node);
                Advance();
                return node;
            }

            case SequenceStart start:
            {
                // Anchored before its items are read: an item may alias the sequence itself, as the representation model allows.
                var sequence = new YamlSequence((int)start.Start.Line, (int)start.Start.Column, TagOf(start.Tag));
                Anchor(start.Anchor, sequence);
                Advance();
                var items = Children(depth);
                while (current is not SequenceEnd)
                {
                    items.Add(ReadNode(depth + 1));
                }

                Advance();
                sequence.Complete(Exact(items, isMapping: false));
                return sequence;
            }

            case MappingStart start:
            {
                var mapping = new YamlMapping((int)start.Start.Line, (int)start.Start.Column, TagOf(start.Tag));
                Anchor(start.Anchor, mapping);
                Advance();
                var entries = Children(depth);
                var keys = KeySet(depth);
                while (current is not MappingEnd)
                {
                    var key = ReadNode(depth + 1);
                    entries.Add(key);
                    entries.Add(ReadNode(depth + 1));
                    AddKey(keys, key);
                }

                Advance();
                keys.Clear();
                mapping.Complete(Exact(entries, isMapping: true));
                return mapping;
            }

            case AnchorAlias alias:
            {
                Advance();
                if (anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    return anchored;
                }

                forwardAliases++;
                return new PendingAlias((int)alias.Start.Line, (int)alias.Start.Column, alias.Value.Value);
            }

            default:
                // YamlDotNet's parser can put an event where a node belongs ("A4"*a gives a mapping end for a value).
                throw new PositionlessYamlException(new ArgumentException("The current event is of an unsupported type.", "parser"));
        }
    }

    /// <summary>
    /// Hands an entry over now or, once an alias has been met before its anchor, at the end of the document, when the
    /// anchored node can take its place; <paramref name="aliases"/> collects such an alias given as the value.
    /// </summary>
    private void Deliver(IYamlRootHandler handler, YamlValue key, YamlValue value, bool isItem, List<PendingAlias> aliases)
    {
        if (forwardAliases == 0)
        {
            Hand(handler, key, value, isItem);
            return;
        }

        var part = new[] { key, value };
        if (value is PendingAlias alias)
        {
            alias.PlaceAt(part, 1);
            aliases.Add(alias);
        }

        held.Add((part, isItem));
    }

    private static void Hand(IYamlRootHandler handler, YamlValue key, YamlValue value, bool isItem)
    {
        if (isItem)
        {
            handler.Item(key, value);
        }
        else
        {
            handler.Entry(key, value);
        }
    }

    private void ResolvePendingAliases()
    {
        foreach (var alias in pending)
        {
            if (alias.IsKey)
            {
                throw Error(alias, anchors.ContainsKey(alias.Anchor)
                    ? $"The alias *{alias.Anchor} is a key written before its anchor &{alias.Anchor}; anchor the key first"
                    : $"The anchor '{alias.Anchor}' does not exists");
            }

            if (!anchors.TryGetValue(alias.Anchor, out var anchored))
            {
                throw Error(alias, $"The anchor '{alias.Anchor}' does not exists");
            }

            alias.ResolveTo(anchored);
        }

        pending.Clear();
    }

    private void AddKey(YamlKeySet keys, YamlValue key)
    {
        // A key that is a forward alias is refused at the end of the document; it cannot be compared before.
        if (key is not PendingAlias && !keys.Add(key))
        {
            throw Error(key, $"Duplicate key {key}");
        }
    }

    /// <summary>The items as an exact array; an alias among them still waiting for its anchor is noted where it is.</summary>
    private YamlValue[] Exact(List<YamlValue> items, bool isMapping)
    {
        var array = items.ToArray();
        items.Clear();
        for (var index = 0; index < array.Length; index++)
        {
            if (array[index] is PendingAlias alias)
            {
                alias.PlaceAt(array, index);
                if (isMapping && index % 2 == 0)
                {
                    alias.MarkAsKey();
                }

                pending.Add(alias);
            }
        }

        return array;
    }

    private void Anchor(AnchorName anchor, YamlValue node)
    {
        // A later node with the same anchor replaces the earlier one for the aliases that follow.
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private List<YamlValue> Children(int depth)
    {
        while (children.Count <= depth)
        {
            children.Add([]);
        }

        children[depth].Clear();
        return children[depth];
    }

    private YamlKeySet KeySet(int depth)
    {
        while (keySets.Count <= depth)
        {
            keySets.Add(new YamlKeySet());
        }

        keySets[depth].Clear();
        return keySets[depth];
    }

    private void Consume<T>()
        where T : ParsingEvent
    {
        if (current is not T)
        {
            throw new YamlException(current.Start, current.End, $"Expected '{typeof(T).Name}', got '{current.GetType().Name}' (at {current.Start}).");
        }

        Advance();
    }

    private void Advance()
    {
        try
        {
            if (!parser.MoveNext())
            {
                throw new YamlException(lastParsed, lastParsed, "the YAML ended before its stream did");
            }
        }
        catch (InvalidOperationException exception)
        {
            throw new YamlStoppedException(lastParsed, exception);
        }
        catch (ArgumentException exception) when (exception is not DecoderFallbackException)
        {
            throw new PositionlessYamlException(exception);
        }

        current = parser.Current!;
        lastParsed = current.End;
    }

    private static string TagOf(TagName tag) => tag.IsEmpty ? string.Empty : tag.Value;

    private static YamlException Error(YamlValue node, string message)
    {
        var at = new Mark(0, node.Line, node.Column);
        return new YamlException(at, at, message);
    }
}
