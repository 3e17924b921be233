using System.Globalization;
using System.Text;

namespace Briefings.Core.Synthetic;

/// <summary>
/// One generated source document. Sentences are collected into paragraphs and written hard-wrapped, as the real
/// sources are, so quotes that the facts cite cross line ends and exercise the loader's normalisation.
/// </summary>
internal sealed class SyntheticSource
{
    private const int LineWidth = 76;

    private readonly List<StringBuilder> paragraphs = [];
    private int sentencesInParagraph;

    public SyntheticSource(int number, string publisher, SyntheticDate published)
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"source-{number:D4}");
        File = Id + ".txt";
        Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic report {number}: the border record");
        Publisher = publisher;
        Published = published;
    }

    public string Id { get; }

    public string File { get; }

    public string Title { get; }

    public string Publisher { get; }

    public SyntheticDate Published { get; }

    /// <summary>Adds a sentence to the source and returns the quote that cites it: the whole sentence or the given part of it.</summary>
    public string State(string sentence, string? quote = null)
    {
        if (quote is not null && !sentence.Contains(quote, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the quote '{quote}' is not part of the sentence '{sentence}'", nameof(quote));
        }

        if (paragraphs.Count == 0 || sentencesInParagraph >= 4)
        {
            paragraphs.Add(new StringBuilder());
            sentencesInParagraph = 0;
        }

        var paragraph = paragraphs[^1];
        if (paragraph.Length > 0)
        {
            paragraph.Append(' ');
        }

        paragraph.Append(sentence);
        sentencesInParagraph++;
        return quote ?? sentence;
    }

    /// <summary>Writes the source as UTF-8 text, a title line, then each paragraph wrapped at word boundaries.</summary>
    public long WriteTo(string directory)
    {
        var path = Path.Combine(directory, File);
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine(Title.ToUpperInvariant());
            writer.WriteLine(Publisher);
            foreach (var paragraph in paragraphs)
            {
                writer.WriteLine();
                WriteWrapped(writer, paragraph.ToString());
            }
        }

        return new FileInfo(path).Length;
    }

    private static void WriteWrapped(StreamWriter writer, string text)
    {
        var line = new StringBuilder(LineWidth + 16);
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineWidth)
            {
                writer.WriteLine(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            writer.WriteLine(line.ToString());
        }
    }
}
