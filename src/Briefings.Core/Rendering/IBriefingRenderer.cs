namespace Briefings.Core.Rendering;

/// <summary>Turns one parsed briefing into the bytes of one output format. Implementations are thread-safe.</summary>
public interface IBriefingRenderer
{
    /// <summary>The format name used on the command line and as the file extension: <c>pdf</c>, <c>docx</c>.</summary>
    string Format { get; }

    RenderedOutput Render(BriefingDocument document);
}
