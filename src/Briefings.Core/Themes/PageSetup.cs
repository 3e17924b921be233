namespace Briefings.Core.Themes;

/// <param name="Size">The paper name, <c>A4</c> or <c>Letter</c>.</param>
public sealed record PageSetup(string Size, double Width, double Height, Margins Margins)
{
    public double ContentWidth => Width - Margins.Left - Margins.Right;

    public double ContentHeight => Height - Margins.Top - Margins.Bottom;
}
