namespace Briefings.Core.Themes;

public sealed record Margins(double Top, double Right, double Bottom, double Left);
