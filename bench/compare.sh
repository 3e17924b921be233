#!/usr/bin/env bash
# Side by side, in one run on one machine, with hyperfine: the whole-process work a user would otherwise do
# against our build of the same briefing, as ratios.
#
#   1. DOCX: pandoc -f markdown -t docx on our intermediate Markdown (briefings build --format md)
#            vs  briefings build TEMPLATE --format docx --force
#   2. PDF:  LibreOffice's DOCX -> PDF (soffice --headless --convert-to pdf, private profile) on our DOCX
#            vs  briefings build TEMPLATE --format pdf --force
#   3. our full build of the dossier (every briefing, both formats), cold process, --force; also with the
#      native executable of `dotnet publish -c Release -r linux-x64` (the CLI's publish default)
#
# Our side is the Release build's own binary (src/Briefings.Cli/bin/Release/net10.0/briefings), run directly,
# not through `dotnet run`, and the published native executable (what a user installs). Every command is a fresh process, so every number includes start-up; ours also
# loads and verifies the facts and renders the template, which pandoc and LibreOffice are spared.
#
# Like for like: for a fan-out template (treaty-summary: one summary per agreement) pandoc converts every
# summary's Markdown, one process each, and LibreOffice converts every DOCX in one process, as our build does
# in one process (which for a template with a page budget also lays out the PDF to check the budget).
#
#   bench/compare.sh                                   # the chronology and all the treaty summaries
#   TEMPLATES="chronology" RUNS=5 bench/compare.sh
#
# Environment: TEMPLATES (template ids), RUNS (10),
# WARMUP (2), JOBS (documents in parallel for the full build; default: cores), RESULTS (bench/results).
set -euo pipefail
cd "$(dirname "$0")/.."

TEMPLATES=${TEMPLATES:-"chronology treaty-summary"}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-2}
JOBS=${JOBS:-$(nproc)}
RESULTS=${RESULTS:-bench/results}

for tool in hyperfine pandoc soffice python3 pdfinfo bc; do
  command -v "$tool" >/dev/null || { echo "compare.sh needs $tool" >&2; exit 2; }
done

dotnet build src/Briefings.Cli -c Release -nologo -v q >/dev/null
BIN=$PWD/src/Briefings.Cli/bin/Release/net10.0/briefings
work=$(mktemp -d)
dotnet publish src/Briefings.Cli -c Release -r linux-x64 -nologo -v q -o "$work/native" >/dev/null
NATIVE=$work/native/briefings
# The inputs as they were when the binaries were built, so edits made meanwhile cannot mix in.
cp -r templates seeds "$work/"
IN="--seeds $work/seeds --templates $work/templates"
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

for template in $TEMPLATES; do
  "$BIN" build "$template" $IN --format md,docx --out "$work/inputs" --jobs 1 >/dev/null
  # Every output of the template: one file, or one per item of a fan-out template (the treaty summaries).
  if [ -d "$work/inputs/$template" ]; then
    markdown=("$work/inputs/$template"/*.md)
    docx=("$work/inputs/$template"/*.docx)
  else
    markdown=("$work/inputs/$template.md")
    docx=("$work/inputs/$template.docx")
  fi
  [ -f "${markdown[0]}" ] && [ -f "${docx[0]}" ] || { echo "no outputs of $template" >&2; exit 1; }
  count=${#markdown[@]}
  printf '%s\n' "${markdown[@]}" > "$work/$template-md.list"
  mkdir -p "$work/pandoc"

  echo "== $template: $count document(s), $(cat "${markdown[@]}" | wc -c) bytes of Markdown"
  hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/$template-docx.json" \
    --command-name "pandoc -f markdown -t docx ($count process(es))" "while read -r f; do pandoc -f markdown -t docx \"\$f\" -o '$work/pandoc/out.docx'; done < '$work/$template-md.list'" \
    --command-name "briefings build $template --format docx" "'$BIN' build $template $IN --format docx --force --jobs 1 --out '$work/docx'" \
    --command-name "same, published native" "'$NATIVE' build $template $IN --format docx --force --jobs 1 --out '$work/docx-native'"

  hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/$template-pdf.json" \
    --command-name "soffice --convert-to pdf (one process, $count file(s))" "soffice --headless -env:UserInstallation=file://$work/libreoffice-profile --convert-to pdf --outdir '$work/soffice' ${docx[*]}" \
    --command-name "briefings build $template --format pdf" "'$BIN' build $template $IN --format pdf --force --jobs 1 --out '$work/pdf'" \
    --command-name "same, published native" "'$NATIVE' build $template $IN --format pdf --force --jobs 1 --out '$work/pdf-native'"
  pages=$(for f in "$work/soffice"/*.pdf; do pdfinfo "$f" | awk '/^Pages/ { print $2 }'; done | paste -sd+ | bc)
  echo "LibreOffice wrote $(ls "$work/soffice"/*.pdf | wc -l) PDF(s), $pages page(s)"
  rm -rf "$work/soffice"

  python3 - "$work/$template-docx.json" "$work/$template-pdf.json" "$template" "$count" >> "$summary" <<'PY'
import json, sys
docx, pdf, template, count = json.load(open(sys.argv[1]))["results"], json.load(open(sys.argv[2]))["results"], sys.argv[3], sys.argv[4]
print(f"## {template} ({count} document(s))\n")
print("| command | mean ms | min ms | user ms |\n|---|---:|---:|---:|")
for result in docx + pdf:
    print(f"| {result['command']} | {result['mean']*1000:.0f} ± {result['stddev']*1000:.0f} | {result['min']*1000:.0f} | {result['user']*1000:.0f} |")
print()
print(f"- pandoc DOCX / our DOCX: **{docx[0]['mean'] / docx[1]['mean']:.2f}×**, native {docx[0]['mean'] / docx[2]['mean']:.2f}× (above 1: ours is faster; target: above 1)")
print(f"- LibreOffice DOCX→PDF / our PDF: **{pdf[0]['mean'] / pdf[1]['mean']:.2f}×**, native {pdf[0]['mean'] / pdf[2]['mean']:.2f}× (target: at least 10)")
print()
PY
done

echo "== full build: every briefing, both formats, --jobs $JOBS"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$work/full.json" \
  --command-name "briefings build --force (Release build, JIT)" "'$BIN' build $IN --force --jobs $JOBS --out '$work/full'" \
  --command-name "briefings build --force (published, native)" "'$NATIVE' build $IN --force --jobs $JOBS --out '$work/full-native'"
python3 - "$work/full.json" "$JOBS" >> "$summary" <<'PY'
import json, sys
print(f"## full build (all briefings, pdf + docx, --jobs {sys.argv[2]})\n")
print("| command | mean s | min s | max s | user s |\n|---|---:|---:|---:|---:|")
for result in json.load(open(sys.argv[1]))["results"]:
    print(f"| {result['command']} | {result['mean']:.2f} ± {result['stddev']:.2f} | {result['min']:.2f} | {result['max']:.2f} | {result['user']:.2f} |")
print("\ntarget: under 2 s wall")
PY

echo
cat "$summary"
