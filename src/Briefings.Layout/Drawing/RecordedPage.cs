using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

public sealed class RecordedPage(int number, Size size)
{
    public int Number { get; } = number;

    public Size Size { get; } = size;

    public List<RecordedOperation> Operations { get; } = [];

    /// <summary>The text runs drawn, without the space glyphs set between words.</summary>
    public IEnumerable<TextDrawn> Texts => Operations.OfType<TextDrawn>().Where(text => !string.IsNullOrWhiteSpace(text.Text));

    /// <summary>The page's text in drawing order, runs on one baseline joined by spaces, lines by newlines.</summary>
    public string Text
    {
        get
        {
            var lines = new List<string>();
            double? baseline = null;
            var current = new List<string>();
            foreach (var text in Texts)
            {
                if (baseline is { } y && Math.Abs(y - text.Baseline) > 0.01)
                {
                    lines.Add(string.Join(' ', current));
                    current.Clear();
                }

                baseline = text.Baseline;
                current.Add(text.Text);
            }

            if (current.Count > 0)
            {
                lines.Add(string.Join(' ', current));
            }

            return string.Join('\n', lines);
        }
    }
}
