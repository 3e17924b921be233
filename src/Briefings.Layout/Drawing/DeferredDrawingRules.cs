namespace Briefings.Layout.Drawing;

/// <summary>
/// What a drawing deferred to the end of the document may not do, checked alike by every canvas: it is drawn into
/// a page that has already ended, whose links, destinations and place in the page sequence are already written.
/// </summary>
internal static class DeferredDrawingRules
{
    public static void RefuseWhileCompleting(bool completing, string action)
    {
        if (completing)
        {
            throw new InvalidOperationException($"a drawing deferred to the end of the document cannot {action}");
        }
    }
}
