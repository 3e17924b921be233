namespace Briefings.Layout.Fonts.Subsetting;

/// <summary>HarfBuzz could not read the font or could not produce a subset of it.</summary>
public sealed class FontSubsettingException : Exception
{
    public FontSubsettingException(string message)
        : base(message)
    {
    }

    public FontSubsettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FontSubsettingException()
        : base("Font subsetting failed.")
    {
    }
}
