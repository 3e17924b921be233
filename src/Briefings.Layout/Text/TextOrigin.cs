namespace Briefings.Layout.Text;

/// <summary>Where a piece of text came from in the caller's input (e.g. a Markdown line and column), for warnings.</summary>
public readonly record struct TextOrigin(int Line, int Column);
