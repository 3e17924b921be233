using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Briefings.Benchmarks;

/// <summary>
/// Few iterations, in this process: the machine has 2 cores shared with other work, so a run must stay short,
/// and the in-process toolchain spares BenchmarkDotNet's generated-project build.
/// </summary>
internal static class ShortInProcessConfig
{
    public static IConfig Create(string artifactsPath) =>
        DefaultConfig.Instance
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(8)
                .WithId("short-in-process"))
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.JoinSummary);
}
