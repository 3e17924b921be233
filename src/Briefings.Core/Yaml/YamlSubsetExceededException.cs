namespace Briefings.Core.Yaml;

/// <summary>
/// The text uses YAML that <see cref="SubsetYamlParser"/> does not read (or is not valid YAML): it is to be read again
/// with YamlDotNet, which reads all of YAML and says what is wrong.
/// </summary>
internal sealed class YamlSubsetExceededException() : Exception("the text goes beyond the YAML subset read line by line");
