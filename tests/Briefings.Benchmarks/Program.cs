using BenchmarkDotNet.Running;
using Briefings.Benchmarks;

// dotnet run -c Release --project tests/Briefings.Benchmarks -- [BenchmarkDotNet arguments]
//   breakdown [--seeds DIR] [--template ID] [--item ITEM] [--runs N] [--formats pdf,docx]
//   plot RESULTS.csv OUT.png
//   table-limit
return args.FirstOrDefault() switch
{
    "breakdown" => StageBreakdown.Run(args[1..]),
    "plot" => ScalePlot.Run(args[1..]),
    "table-limit" => TableLimitProbe.Run(),
    _ => Summaries(BenchmarkSwitcher.FromAssembly(typeof(DossierBenchmarks).Assembly)
        .Run(args.Length == 0 ? ["--filter", "*"] : args, ShortInProcessConfig.Create(Path.Combine(RepoLocator.Root, "out", "benchmarks")))),
};

static int Summaries(IEnumerable<BenchmarkDotNet.Reports.Summary> summaries) =>
    summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
