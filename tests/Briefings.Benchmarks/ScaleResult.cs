using System.Globalization;

namespace Briefings.Benchmarks;

/// <summary>One row of <c>bench/scale.sh</c>'s CSV: a chronology of <see cref="Events"/> events built in one format.</summary>
internal sealed record ScaleResult(string Format, int Events, double Seconds, double PeakMegabytes, string Status)
{
    public bool Succeeded => Status == "ok";

    /// <summary>Reads <c>format,events,seconds,peak_mb,status</c> rows after a header line.</summary>
    public static IReadOnlyList<ScaleResult> Read(string path) =>
        File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(fields => new ScaleResult(
                fields[0],
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[2], CultureInfo.InvariantCulture),
                double.Parse(fields[3], CultureInfo.InvariantCulture),
                fields.Length > 4 ? fields[4] : "ok"))
            .ToArray();
}
