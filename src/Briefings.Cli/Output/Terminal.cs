using Spectre.Console;

namespace Briefings.Cli.Output;

/// <summary>
/// Where a command writes for people. Colours and live progress only on an interactive terminal; plain
/// lines when output is redirected or <c>CI=true</c>, so logs stay readable.
/// </summary>
internal sealed class Terminal
{
    public Terminal(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        IsInteractive = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!IsInteractive)
        {
            Console.Profile.Width = 120;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    public bool IsInteractive { get; }
}
