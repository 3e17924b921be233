namespace Briefings.Layout.Documents;

/// <summary>Content that cannot be laid out at all, e.g. a block that does not fit on an empty page.</summary>
public sealed class LayoutException : Exception
{
    public LayoutException(string message)
        : base(message)
    {
    }

    public LayoutException()
    {
    }

    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
