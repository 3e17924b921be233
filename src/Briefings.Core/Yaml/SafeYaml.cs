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
            throw Malformed(StoppedAt(text, FailsWithoutPosition), exception);
        }
    }

    /// <summary>
    /// The located error for YAML that <see cref="YamlEventReader"/> found malformed without a position: where reading
    /// the text's lines one by one first fails the same way.
    /// </summary>
    internal static YamlException Locate(string text, PositionlessYamlException failure) =>
        Malformed(StoppedAt(text, ReaderFailsWithoutPosition), (ArgumentException)failure.InnerException!);

    private static YamlException Malformed(Mark stopped, ArgumentException failure) =>
        new(stopped, stopped, $"malformed YAML ({failure.Message})", failure);

    /// <summary>
    /// The first line at which the text, read up to and including it, fails the same way (as
    /// <paramref name="failsWithoutPosition"/> tells): found by bisecting on the number of lines, as the exception
    /// itself carries no position. The column is the line's first.
    /// </summary>
    internal static Mark StoppedAt(string text, Func<string, bool> failsWithoutPosition)
    {
        var lines = text.Split('\n');
        int good = 0, bad = lines.Length;
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (failsWithoutPosition(string.Join('\n', lines, 0, middle)))
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

    private static bool ReaderFailsWithoutPosition(string text)
    {
        try
        {
            new YamlEventReader(new StringReader(text)).Read(handler: null);
            return false;
        }
        catch (YamlException)
        {
            return false;
        }
        catch (PositionlessYamlException)
        {
            return true;
        }
    }
}
