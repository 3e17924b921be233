using System.Buffers;

namespace Briefings.Core.Facts;

/// <summary>
/// Builds a string no longer than a known bound in a buffer from the shared pool: a source's normalised text and
/// its search form made through builders were two large-object allocations each (the builder and its copy into the
/// string), and together they set off full collections while loading a large dossier.
/// </summary>
internal static class PooledText
{
    /// <param name="maxLength">What <paramref name="write"/> writes at most.</param>
    /// <param name="write">Writes the characters into the buffer and returns how many it wrote.</param>
    public static string Build(int maxLength, Func<char[], int> write)
    {
        var output = ArrayPool<char>.Shared.Rent(Math.Max(1, maxLength));
        try
        {
            return new string(output, 0, write(output));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(output);
        }
    }
}
