namespace Briefings.Docx;

/// <summary>Restores the renderer's previous block container when a table cell, callout or footnote is done.</summary>
internal readonly struct ContainerScope(DocxRenderer renderer) : IDisposable
{
    public void Dispose() => renderer.ExitContainer();
}
