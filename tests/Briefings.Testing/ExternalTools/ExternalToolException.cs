namespace Briefings.Testing.ExternalTools;

/// <summary>An external tool is missing, timed out or reported failure.</summary>
public sealed class ExternalToolException : Exception
{
    public ExternalToolException(string message)
        : base(message)
    {
    }

    public ExternalToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExternalToolException()
        : base("External tool failed.")
    {
    }
}
