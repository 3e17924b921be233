using System.Runtime.ExceptionServices;
using Briefings.Layout.Documents;
using Briefings.Layout.Fonts;
using Briefings.Layout.Geometry;

namespace Briefings.Layout.Drawing;

/// <summary>
/// Makes the calls of a long document on <paramref name="target"/> from a thread of its own, page by page and in
/// their order, so that one core lays out the next page while the other encodes, deflates and writes the last
/// (docs/design.md, "Pages are written beside the layout"). The first <paramref name="directPages"/> pages go
/// straight through on the caller's thread: a short document never starts the thread, nor does a machine with one
/// core. Whatever the thread, the target sees the same calls in the same order, so the output is the same bytes.
/// The end of the document, with its deferred drawings, is made on the caller's thread once every page is made.
/// </summary>
internal sealed class BackgroundCanvas(ICanvas target, int directPages) : ICanvas, IDisposable
{
    /// <summary>Pages recorded and not yet made: enough to keep both threads busy, few enough to hold little.</summary>
    private const int PagesInFlight = 2;

    private readonly object gate = new();
    private readonly Queue<List<CanvasCall>> ready = new();
    private readonly Stack<List<CanvasCall>> spare = new();
    private int pagesBegun;
    private Thread? worker;
    private List<CanvasCall>? recording;
    private bool noMorePages;
    private ExceptionDispatchInfo? failure;

    /// <summary>Whether the calls have gone to the thread since some page (for tests).</summary>
    public bool WentToBackground { get; private set; }

    public void BeginPage(Size size)
    {
        if (worker is null && ++pagesBegun > directPages && Environment.ProcessorCount > 1)
        {
            Start();
        }

        Make(new CanvasCall(CanvasCallKind.BeginPage, size.Width, size.Height, 0, 0, 0, default, null));
    }

    public void EndPage()
    {
        Make(new CanvasCall(CanvasCallKind.EndPage, 0, 0, 0, 0, 0, default, null));
        if (recording is not null)
        {
            Hand(recording);
            recording = Spare();
        }
    }

    public void DrawText(ShapedRun run, double x, double baseline, double size, Color color, double letterSpacing) =>
        Make(new CanvasCall(CanvasCallKind.DrawText, x, baseline, size, letterSpacing, 0, color, run));

    public void DrawWhenComplete(Action<ICanvas, DocumentTotals> draw) =>
        Make(new CanvasCall(CanvasCallKind.DrawWhenComplete, 0, 0, 0, 0, 0, default, draw));

    public void EndDocument()
    {
        if (worker is not null)
        {
            if (recording is { Count: > 0 })
            {
                Hand(recording);
            }

            recording = null;
            Stop();
            failure?.Throw();
        }

        target.EndDocument();
    }

    public void FillRectangle(Rect rect, Color color) =>
        Make(new CanvasCall(CanvasCallKind.FillRectangle, rect.X, rect.Y, rect.Width, rect.Height, 0, color, null));

    public void StrokeRectangle(Rect rect, Color color, double lineWidth) =>
        Make(new CanvasCall(CanvasCallKind.StrokeRectangle, rect.X, rect.Y, rect.Width, rect.Height, lineWidth, color, null));

    public void DrawLine(double x1, double y1, double x2, double y2, Color color, double lineWidth) =>
        Make(new CanvasCall(CanvasCallKind.DrawLine, x1, y1, x2, y2, lineWidth, color, null));

    public void DrawDots(double x1, double x2, double y, double pitch, double diameter, Color color) =>
        Make(new CanvasCall(CanvasCallKind.DrawDots, x1, x2, y, pitch, diameter, color, null));

    public void LinkToUri(Rect area, string uri) =>
        Make(new CanvasCall(CanvasCallKind.LinkToUri, area.X, area.Y, area.Width, area.Height, 0, default, uri));

    public void LinkToDestination(Rect area, string name) =>
        Make(new CanvasCall(CanvasCallKind.LinkToDestination, area.X, area.Y, area.Width, area.Height, 0, default, name));

    public void DefineDestination(string name, double x, double y) =>
        Make(new CanvasCall(CanvasCallKind.DefineDestination, x, y, 0, 0, 0, default, name));

    /// <summary>Stops the thread without making what it was not given yet: the document failed and is dropped.</summary>
    public void Dispose()
    {
        if (worker is null)
        {
            return;
        }

        lock (gate)
        {
            ready.Clear();
        }

        Stop();
    }

    /// <summary>Makes the call now, on this thread, or keeps it for the pages' thread once that has started.</summary>
    private void Make(in CanvasCall call)
    {
        if (recording is null)
        {
            call.MakeOn(target);
        }
        else
        {
            recording.Add(call);
        }
    }

    private void Start()
    {
        recording = Spare();
        WentToBackground = true;
        worker = new Thread(MakeCalls) { IsBackground = true, Name = "PDF pages" };
        worker.Start();
    }

    private void Stop()
    {
        lock (gate)
        {
            noMorePages = true;
            Monitor.PulseAll(gate);
        }

        worker!.Join();
        worker = null;
    }

    /// <summary>Gives a recorded page to the thread, waiting while it has <see cref="PagesInFlight"/> to make.</summary>
    private void Hand(List<CanvasCall> page)
    {
        lock (gate)
        {
            while (ready.Count >= PagesInFlight && failure is null)
            {
                Monitor.Wait(gate);
            }

            failure?.Throw();
            ready.Enqueue(page);
            Monitor.PulseAll(gate);
        }
    }

    private List<CanvasCall> Spare()
    {
        lock (gate)
        {
            return spare.Count > 0 ? spare.Pop() : new List<CanvasCall>(1024);
        }
    }

    private void MakeCalls()
    {
        while (true)
        {
            List<CanvasCall> page;
            lock (gate)
            {
                while (ready.Count == 0 && !noMorePages)
                {
                    Monitor.Wait(gate);
                }

                if (ready.Count == 0)
                {
                    return;
                }

                page = ready.Dequeue();
                Monitor.PulseAll(gate);
            }

            try
            {
                foreach (ref readonly var call in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(page))
                {
                    call.MakeOn(target);
                }
            }
            catch (Exception exception)
            {
                lock (gate)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                    ready.Clear();
                    Monitor.PulseAll(gate);
                }

                return;
            }

            page.Clear();
            lock (gate)
            {
                spare.Push(page);
            }
        }
    }
}
