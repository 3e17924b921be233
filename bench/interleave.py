#!/usr/bin/env python3
"""Interleaved whole-process timings: every command once per round, ROUNDS rounds after two warm-up rounds.

On a VM whose speed drifts between quiet and slow phases, a ratio of two commands run back to back in one loop
holds where their seconds move; hyperfine runs one command's runs before the next one's.

    bench/interleave.py ROUNDS name=command [name=command ...]

Prints, per command, the mean, median, minimum and standard deviation in ms, and its median over the first's.
"""
import statistics
import subprocess
import sys
import time

WARMUP = 2


def main() -> None:
    if len(sys.argv) < 3 or not sys.argv[1].isdigit() or any("=" not in arg for arg in sys.argv[2:]):
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = [arg.split("=", 1) for arg in sys.argv[2:]]
    times: dict[str, list[float]] = {name: [] for name, _ in commands}
    for round_index in range(WARMUP + rounds):
        for name, command in commands:
            start = time.perf_counter()
            subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            if round_index >= WARMUP:
                times[name].append((time.perf_counter() - start) * 1000)
    first = statistics.median(times[commands[0][0]])
    for name, _ in commands:
        values = times[name]
        median = statistics.median(values)
        spread = statistics.stdev(values) if len(values) > 1 else 0.0
        print(f"{name:14s} mean {statistics.mean(values):8.1f} ms  median {median:8.1f}  min {min(values):8.1f}"
              f"  sd {spread:6.1f}  median / first's {median / first:.3f}")


if __name__ == "__main__":
    main()
