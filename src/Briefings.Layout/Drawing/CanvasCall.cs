using Briefings.Layout.Documents;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

/// <summary>
/// One call on an <see cref="ICanvas"/>, kept to be made later on another canvas: a value, so that a page of calls
/// is one array and not an object per call. The numbers are the call's own, in its order; the reference is the
/// shaped run, the URI, the destination's name or the deferred drawing.
/// </summary>
internal readonly record struct CanvasCall(CanvasCallKind Kind, double A, double B, double C, double D, double E, Color Color, object? Reference)
{
    /// <summary>Makes the call on <paramref name="target"/>.</summary>
    public void MakeOn(ICanvas target)
    {
        switch (Kind)
        {
            case CanvasCallKind.BeginPage:
                target.BeginPage(new Size(A, B));
                break;
            case CanvasCallKind.EndPage:
                target.EndPage();
                break;
            case CanvasCallKind.DrawText:
                target.DrawText((ShapedRun)Reference!, A, B, C, Color, D);
                break;
            case CanvasCallKind.DrawWhenComplete:
                target.DrawWhenComplete((Action<ICanvas, DocumentTotals>)Reference!);
                break;
            case CanvasCallKind.FillRectangle:
                target.FillRectangle(new Rect(A, B, C, D), Color);
                break;
            case CanvasCallKind.StrokeRectangle:
                target.StrokeRectangle(new Rect(A, B, C, D), Color, E);
                break;
            case CanvasCallKind.DrawLine:
                target.DrawLine(A, B, C, D, Color, E);
                break;
            case CanvasCallKind.DrawDots:
                target.DrawDots(A, B, C, D, E, Color);
                break;
            case CanvasCallKind.LinkToUri:
                target.LinkToUri(new Rect(A, B, C, D), (string)Reference!);
                break;
            case CanvasCallKind.LinkToDestination:
                target.LinkToDestination(new Rect(A, B, C, D), (string)Reference!);
                break;
            case CanvasCallKind.DefineDestination:
                target.DefineDestination((string)Reference!, A, B);
                break;
            default:
                throw new InvalidOperationException($"unknown canvas call {Kind}");
        }
    }
}
