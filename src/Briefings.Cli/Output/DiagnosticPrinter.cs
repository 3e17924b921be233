using Briefings.Core.Diagnostics;

namespace Briefings.Cli.Output;

/// <summary>Prints diagnostics one per line, compiler style (<c>file:line:column: error CODE: message</c>), so editors can jump to them.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
