using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Core.Yaml;

/// <summary>
/// Loads YAML so that every way it can be malformed ends as a <see cref="YamlException"/> with a position.
/// YamlDotNet reports most problems that way, but a malformed tag (<c>key: !!binary[x]</c>, <c>!&lt;&gt;</c>)
/// escapes as an <see cref="ArgumentException"/> without one; the position is then where its parser stopped.
/// </summary>
public static class SafeYaml
{
    public static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
            return stream;
        }
        catch (ArgumentException exception)
        {
            var stopped = StoppedAt(text);
            throw new YamlException(stopped, stopped, $"malformed YAML ({exception.Message})", exception);
        }
    }

    /// <summary>
    /// The first line at which the text, read up to and including it, fails the same way: found by bisecting on
    /// the number of lines, as the exception itself carries no position. The column is the line's first.
    /// </summary>
    private static Mark StoppedAt(string text)
    {
        var lines = text.Split('\n');
        int good = 0, bad = lines.Length;
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (FailsWithoutPosition(string.Join('\n', lines, 0, middle)))
            {
                bad = middle;
            }
            else
            {
                good = middle;
            }
        }

        var column = lines[bad - 1].Length - lines[bad - 1].TrimStart().Length + 1;
        return new Mark(0, bad, column);
    }

    private static bool FailsWithoutPosition(string text)
    {
        try
        {
            new YamlStream().Load(new StringReader(text));
            return false;
        }
        catch (YamlException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
