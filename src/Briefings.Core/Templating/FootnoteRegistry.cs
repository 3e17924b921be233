using System.Text;

namespace Briefings.Core.Templating;

/// <summary>
/// Collects the footnotes of one render: each distinct note text gets one number, in order of first
/// reference, and the definitions are appended after the body. Citing the same passage twice reuses its note.
/// </summary>
internal sealed class FootnoteRegistry
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> notes = [];

    /// <summary>Returns the reference mark for an already escaped note text.</summary>
    public string Reference(string noteMarkdown)
    {
        if (!numbers.TryGetValue(noteMarkdown, out var number))
        {
            notes.Add(noteMarkdown);
            number = notes.Count;
            numbers.Add(noteMarkdown, number);
        }

        return $"[^{number}]";
    }

    public void AppendDefinitions(StringBuilder markdown)
    {
        if (notes.Count == 0)
        {
            return;
        }

        markdown.Append('\n');
        for (var i = 0; i < notes.Count; i++)
        {
            markdown.Append("[^").Append(i + 1).Append("]: ").Append(notes[i]).Append('\n');
        }
    }
}
