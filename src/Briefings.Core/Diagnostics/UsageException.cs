namespace Briefings.Core.Diagnostics;

/// <summary>The command was asked for something that does not exist (a template, a format, a parameter). Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
