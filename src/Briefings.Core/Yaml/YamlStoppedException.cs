using YamlDotNet.Core;

namespace Briefings.Core.Yaml;

/// <summary>
/// YamlDotNet's scanner gave up in a state it did not expect (an <see cref="InvalidOperationException"/>, after some
/// unterminated flow collections); <see cref="YamlException.Start"/> is the end of the last event it parsed.
/// </summary>
internal sealed class YamlStoppedException(Mark lastParsed, InvalidOperationException failure)
    : YamlException(in lastParsed, in lastParsed, failure.Message, failure);
