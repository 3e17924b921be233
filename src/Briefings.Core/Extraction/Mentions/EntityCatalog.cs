using System.Text.RegularExpressions;
using Briefings.Core.Extraction.Text;
using Briefings.Core.Facts;

namespace Briefings.Core.Extraction.Mentions;

/// <summary>
/// Finds the names of the facts' parties, places, people and agreements in a sentence, word by word through a trie
/// built once, so the cost is linear in the sentence. Matching ignores case, diacritics, a possessive "'s" and the
/// kind of dash or space between words ("Japan–Russia", "Japan-Russia", "Japan Russia"); a name of several words
/// also matches with nationality adjectives for countries and its leading pair swapped ("Japanese-Soviet Joint
/// Declaration", "Soviet-Japanese Joint Declaration" for "Japan-Soviet Joint Declaration"). A name written in
/// capitals ("US", "USSR") matches only in capitals, so the pronoun "us" is not the United States. At each word the
/// longest name wins; when a name belongs to several entities, the one whose primary name it is wins ("Russia" is
/// Russia, not the Russian Empire), otherwise all are reported.
/// </summary>
public sealed partial class EntityCatalog
{
    private readonly TrieNode _root = new();

    public EntityCatalog(IEnumerable<EntityName> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        Entities = list;
        foreach (var entity in list)
        {
            Add(entity, entity.Name, primary: true);
            foreach (var variant in entity.Variants)
            {
                Add(entity, variant, primary: string.Equals(variant, entity.Name, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    public IReadOnlyList<EntityName> Entities { get; }

    /// <summary>The parties, places, people and agreements of the facts with all their names.</summary>
    public static EntityCatalog FromFacts(FactBase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var entities = new List<EntityName>();
        entities.AddRange(facts.Parties.Select(p => new EntityName(EntityKind.Party, p.Id, p.Name, p.Aliases)));
        entities.AddRange(facts.Places.Select(p => new EntityName(EntityKind.Place, p.Id, p.Name, [.. p.Aliases, .. p.Names.Values])));
        entities.AddRange(facts.People.Select(p => new EntityName(EntityKind.Person, p.Id, p.Name, p.Aliases)));
        entities.AddRange(facts.Agreements.Select(a => new EntityName(EntityKind.Agreement, a.Id, a.Name, [a.ShortName, .. a.Aliases])));
        return new EntityCatalog(entities);
    }

    /// <summary>The entity names in <paramref name="sentence"/>, in text order, spans relative to it.</summary>
    public IReadOnlyList<EntityMention> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = NameTokenizer.Tokenize(sentence);
        var mentions = new List<EntityMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (length, terminals) = LongestMatch(tokens, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            var span = TextSpan.FromBounds(tokens[i].Start, tokens[i + length - 1].End);
            var text = sentence.Substring(span.Start, span.Length);
            var chosen = terminals.Any(t => t.Primary) ? terminals.Where(t => t.Primary) : terminals;
            foreach (var entity in chosen.Select(t => t.Entity).Distinct())
            {
                mentions.Add(new EntityMention(span, text, entity.Kind, entity.Id, entity.Name));
            }

            i += length;
        }

        return mentions;
    }

    private (int Length, List<Terminal> Terminals) LongestMatch(List<NameToken> tokens, int from)
    {
        var best = (Length: 0, Terminals: new List<Terminal>());
        var node = _root;
        for (var j = from; j < tokens.Count; j++)
        {
            if ((j > from && !tokens[j].JoinsPrevious) || !node.Next.TryGetValue(tokens[j].Canonical, out var next))
            {
                break;
            }

            node = next;
            var length = j - from + 1;
            var matching = node.Terminals.Where(t => t.Accepts(tokens, from)).ToList();
            if (matching.Count > 0)
            {
                best = (length, matching);
            }
        }

        return best;
    }

    private void Add(EntityName entity, string name, bool primary)
    {
        foreach (var form in Forms(name))
        {
            var tokens = NameTokenizer.Tokenize(form);
            if (tokens.Count == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var token in tokens)
            {
                if (!node.Next.TryGetValue(token.Canonical, out var next))
                {
                    next = new TrieNode();
                    node.Next[token.Canonical] = next;
                }

                node = next;
            }

            var capitals = name.Any(char.IsLetter) && !name.Any(char.IsLower);
            if (!node.Terminals.Any(t => t.Entity == entity && t.Primary == primary))
            {
                node.Terminals.Add(new Terminal(entity, primary, [.. tokens], capitals));
            }
        }
    }

    /// <summary>The name itself and, for a name opening with a hyphenated pair ("Japan-Soviet …"), the pair swapped.</summary>
    private static IEnumerable<string> Forms(string name)
    {
        yield return name;
        if (LeadingPair().Match(name) is { Success: true } pair)
        {
            yield return $"{pair.Groups["b"].Value}-{pair.Groups["a"].Value}{name[pair.Length..]}";
        }
    }

    [GeneratedRegex(@"^(?<a>\p{L}+)\s*[-‐‑–—]\s*(?<b>\p{L}+)")]
    private static partial Regex LeadingPair();

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode> Next { get; } = new(StringComparer.Ordinal);

        public List<Terminal> Terminals { get; } = [];
    }

    /// <summary>
    /// A name ending at a trie node. A one-word name must match its plain word (no nationality mapping: "Japanese"
    /// alone is not "Japan"); a name in capitals must match in capitals.
    /// </summary>
    private sealed record Terminal(EntityName Entity, bool Primary, NameToken[] Tokens, bool Capitals)
    {
        public bool Accepts(List<NameToken> text, int from)
        {
            for (var k = 0; k < Tokens.Length; k++)
            {
                var word = text[from + k];
                if (Capitals && !string.Equals(word.Original, Tokens[k].Original, StringComparison.Ordinal))
                {
                    return false;
                }

                if (Tokens.Length == 1 && !string.Equals(word.Plain, Tokens[k].Plain, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
