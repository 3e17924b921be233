#!/usr/bin/env bash
# Regenerates the README's picture from the project's own output: builds the treaty summary of the
# 1993 Tokyo Declaration and renders its page to docs/treaty-summary.png (needs pdftoppm, poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dotnet run --project src/Briefings.Cli -c Release -- build treaty-summary --format pdf --out "$scratch" >/dev/null
pdftoppm -r 80 -png -singlefile "$scratch/treaty-summary/tokyo-declaration-1993.pdf" docs/treaty-summary
echo "wrote docs/treaty-summary.png"
