namespace Briefings.Layout.Text;

/// <summary>Something the typesetter could not do as asked, e.g. a character no font has.</summary>
public sealed record LayoutWarning(string Code, string Message, TextOrigin? Origin);
