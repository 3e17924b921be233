namespace Briefings.Layout.Text;

/// <summary>
/// The fragments of a <see cref="BreakItem"/>: none, one (held without an array) or several. Enumerated
/// without allocating.
/// </summary>
internal readonly struct BreakFragments(object? payload)
{
    public int Count => payload switch
    {
        null => 0,
        TextFragment => 1,
        _ => ((TextFragment[])payload).Length,
    };

    public TextFragment this[int index] => payload is TextFragment single && index == 0
        ? single
        : payload is TextFragment[] several ? several[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    public struct Enumerator(BreakFragments fragments)
    {
        private int index = -1;

        public readonly TextFragment Current => fragments[index];

        public bool MoveNext() => ++index < fragments.Count;
    }
}
