namespace Briefings.Cli;

/// <summary>The exit codes scripts and CI rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The inputs are wrong (facts, templates, Markdown, theme, fonts), or <c>--verify</c> found stale outputs.</summary>
    public const int ContentError = 1;

    /// <summary>The command line is wrong: unknown option, template, format or parameter.</summary>
    public const int UsageError = 2;

    /// <summary>Briefings itself failed (a bug): an exception no input check foresaw. Reported in a few lines, never as a crash.</summary>
    public const int InternalError = 3;
}
