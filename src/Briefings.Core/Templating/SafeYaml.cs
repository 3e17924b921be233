using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Core.Templating;

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

    private static Mark StoppedAt(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = new Mark(0, 1, 1);
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException)
        {
            // The event before the failure is the position to report.
        }

        return last;
    }
}
