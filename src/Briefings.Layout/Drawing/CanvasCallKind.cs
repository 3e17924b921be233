namespace Briefings.Layout.Drawing;

/// <summary>Which <see cref="ICanvas"/> method a <see cref="CanvasCall"/> stands for.</summary>
internal enum CanvasCallKind : byte
{
    BeginPage,
    EndPage,
    DrawText,
    DrawWhenComplete,
    FillRectangle,
    StrokeRectangle,
    DrawLine,
    DrawDots,
    LinkToUri,
    LinkToDestination,
    DefineDestination,
}
