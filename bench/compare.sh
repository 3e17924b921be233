#!/usr/bin/env bash
# Side by side, in one run on one machine, with hyperfine: the whole-process work a user would otherwise do
# against our build of the same briefing, as ratios.
#
#   1. DOCX: pandoc -f markdown -t docx on our intermediate Markdown (briefings build --format md)
#            vs  briefings build BRIEFING --format docx --force
#   2. PDF:  LibreOffice's DOCX -> PDF (soffice --headless --convert-to pdf, private profile) on our DOCX
#            vs  briefings build BRIEFING --format pdf --force
#   3. our full build of the dossier (every briefing, both formats), cold process, --force
#
# Our side is the Release build's own binary (src/Briefings.Cli/bin/Release/net10.0/briefings), run directly,
# not through `dotnet run`. Every command is a fresh process, so every number includes start-up; ours also
# loads and verifies the facts and renders the template, which pandoc and LibreOffice are spared.
#
#   bench/compare.sh                                   # the chronology and the 1993 Tokyo Declaration summary
#   BRIEFINGS="chronology" RUNS=5 bench/compare.sh
#
# Environment: BRIEFINGS (template ids, or template/item for one output of a fan-out template), RUNS (10),
# WARMUP (2), JOBS (documents in parallel for the full build; default: cores), RESULTS (bench/results).
set -euo pipefail
cd "$(dirname "$0")/.."

BRIEFINGS=${BRIEFINGS:-"chronology treaty-summary/tokyo-declaration-1993"}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
JOBS=${JOBS:-$(nproc)}
RESULTS=${RESULTS:-bench/results}

for tool in hyperfine pandoc soffice python3; do
  command -v "$tool" >/dev/null || { echo "compare.sh needs $tool" >&2; exit 2; }
done

dotnet build src/Briefings.Cli -c Release -nologo -v q >/dev/null
BIN=$PWD/src/Briefings.Cli/bin/Release/net10.0/briefings
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$RESULTS"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tools:   $(pandoc --version | head -1); $(soffice --version | head -1); $(hyperfine --version); .NET $(dotnet --version)"
echo

summary=$RESULTS/compare.md
{
  echo "# bench/compare.sh, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$(nproc) cores; load average at start $(cut -d' ' -f1-3 /proc/loadavg); runs $RUNS, warmup $WARMUP"
  echo
} > "$summary"

for briefing in $BRIEFINGS; do
  template=${briefing%%/*}
  name=$(basename "$briefing")
  "$BIN" build "$template" --format md,docx --out "$work/inputs" --jobs 1 >/dev/null
  markdown=$work/inputs/$briefing.md
  docx=$work/inputs/$briefing.docx
  [ -f "$markdown" ] && [ -f "$docx" ] || { echo "no $briefing in the build's outputs" >&2; exit 1; }

  echo "== $briefing: $(wc -c <"$markdown") bytes of Markdown"
  hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/$name-docx.json" \
    --command-name "pandoc -f markdown -t docx" "pandoc -f markdown -t docx '$markdown' -o '$work/pandoc-$name.docx'" \
    --command-name "briefings build --format docx" "'$BIN' build $template --format docx --force --jobs 1 --out '$work/docx'"

  hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/$name-pdf.json" \
    --command-name "soffice --convert-to pdf" "soffice --headless -env:UserInstallation=file://$work/libreoffice-profile --convert-to pdf --outdir '$work/soffice' '$docx'" \
    --command-name "briefings build --format pdf" "'$BIN' build $template --format pdf --force --jobs 1 --out '$work/pdf'"

  python3 - "$work/$name-docx.json" "$work/$name-pdf.json" "$briefing" >> "$summary" <<'PY'
import json, sys
docx, pdf, briefing = json.load(open(sys.argv[1]))["results"], json.load(open(sys.argv[2]))["results"], sys.argv[3]
def row(result):
    return f"| {result['command']} | {result['mean']*1000:.0f} ± {result['stddev']*1000:.0f} | {result['min']*1000:.0f} |"
print(f"## {briefing}\n")
print("| command | mean ms | min ms |\n|---|---:|---:|")
for result in docx + pdf:
    print(row(result))
print()
print(f"- pandoc DOCX / our DOCX: **{docx[0]['mean'] / docx[1]['mean']:.1f}×** (above 1: ours is faster)")
print(f"- LibreOffice DOCX→PDF / our PDF: **{pdf[0]['mean'] / pdf[1]['mean']:.1f}×** (target: at least 10×)")
print()
PY
done

echo "== full build: every briefing, both formats, --jobs $JOBS"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$work/full.json" \
  --command-name "briefings build --force (all)" "'$BIN' build --force --jobs $JOBS --out '$work/full'"
python3 - "$work/full.json" "$JOBS" >> "$summary" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
print(f"## full build (all briefings, pdf + docx, --jobs {sys.argv[2]})\n")
print(f"mean {result['mean']:.2f} s ± {result['stddev']:.2f}, min {result['min']:.2f} s, max {result['max']:.2f} s (target: under 2 s)")
PY

echo
cat "$summary"
