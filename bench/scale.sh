#!/usr/bin/env bash
# Scale run: synthetic chronologies of N events (briefings generate), each built by the Release CLI in a cold
# process, one format at a time, one job (--jobs 1), measured with /usr/bin/time -v (wall clock, user+sys CPU,
# maximum resident set size). Writes a CSV for `Briefings.Benchmarks plot` and the logs beside it.
#
#   bench/scale.sh                       # N = 1,000 10,000 100,000; formats md pdf docx
#   SIZES="1000 10000" FORMATS=pdf bench/scale.sh
#
# Environment: SIZES, FORMATS, AGREEMENTS (10), WORK (/tmp/briefings-scale), RESULTS (bench/results/scale.csv),
# LIMIT (seconds per build before it is stopped and recorded as a timeout, 1800), PLOT (docs/images/scale.png),
# BRIEFINGS (the executable measured: the Release build by default; e.g. the native one from
# `dotnet publish src/Briefings.Cli -c Release -r linux-x64 -o dist`, as BRIEFINGS=$PWD/dist/briefings).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000 100000"}
FORMATS=${FORMATS:-"md pdf docx"}
AGREEMENTS=${AGREEMENTS:-10}
WORK=${WORK:-/tmp/briefings-scale}
RESULTS=${RESULTS:-bench/results/scale.csv}
LIMIT=${LIMIT:-1800}
PLOT=${PLOT:-docs/images/scale.png}

dotnet build src/Briefings.Cli -c Release -nologo -v q >/dev/null
dotnet build tests/Briefings.Benchmarks -c Release -nologo -v q >/dev/null
BRIEFINGS=${BRIEFINGS:-$PWD/src/Briefings.Cli/bin/Release/net10.0/briefings}
BENCHMARKS=$PWD/tests/Briefings.Benchmarks/bin/Release/net10.0/Briefings.Benchmarks

mkdir -p "$WORK" "$(dirname "$RESULTS")"
echo "format,events,seconds,peak_mb,status,cpu_seconds" > "$RESULTS"

field() { # the value of one /usr/bin/time -v line
  grep -F "$1" "$2" | sed 's/.*: //'
}

seconds() { # h:mm:ss or m:ss.ss as seconds
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}

for n in $SIZES; do
  dossier=$WORK/dossier-$n
  rm -rf "$dossier"
  "$BRIEFINGS" generate --events "$n" --agreements "$AGREEMENTS" --out "$dossier"
  events=$((n + AGREEMENTS)) # one signing event per agreement
  for format in $FORMATS; do
    out=$WORK/out-$n-$format
    rm -rf "$out"
    log=$WORK/build-$n-$format.log
    timing=$WORK/time-$n-$format.txt
    status=ok
    set +e
    timeout --signal=KILL "$LIMIT" /usr/bin/time -v -o "$timing" \
      "$BRIEFINGS" build chronology --seeds "$dossier" --out "$out" --format "$format" --jobs 1 --force >"$log" 2>&1
    code=$?
    set -e
    if [ $code -eq 137 ] || [ ! -s "$timing" ]; then
      status="killed after ${LIMIT}s"
      echo "$format,$events,$LIMIT,0,$status,0" >> "$RESULTS"
      echo "$format N=$events: $status"
      continue
    fi
    if [ $code -ne 0 ]; then
      status="exit $code$(grep -o -m1 'error BRF-[A-Z]*-[0-9]*' "$log" | sed 's/^error / /')"
    fi
    wall=$(seconds "$(field 'Elapsed (wall clock)' "$timing")")
    cpu=$(awk -v u="$(field 'User time' "$timing")" -v s="$(field 'System time' "$timing")" 'BEGIN { printf "%.2f", u + s }')
    rss=$(awk -v k="$(field 'Maximum resident set size' "$timing")" 'BEGIN { printf "%.0f", k / 1024 }')
    echo "$format,$events,$wall,$rss,$status,$cpu" >> "$RESULTS"
    echo "$format N=$events: ${wall}s wall, ${cpu}s CPU, ${rss} MB peak ($status)"
    [ "$status" = ok ] || tail -5 "$log"
  done
done

mkdir -p "$(dirname "$PLOT")"
"$BENCHMARKS" plot "$RESULTS" "$PLOT"
