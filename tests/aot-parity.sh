#!/usr/bin/env bash
# The native (ahead-of-time) executable must do exactly what the JIT build does. The unit tests run on the
# JIT; this runs both executables on the same inputs and compares every output byte for byte, and, for bad
# inputs, the exit code and the messages. Reflection the native compiler could not see would show here.
#
#   tests/aot-parity.sh [NATIVE] [JIT]
#   (defaults: publish to TestResults/aot, build Release; prints one line per case and "N passed, N failed")
set -uo pipefail
cd "$(dirname "$0")/.."

native=${1:-}
jit=${2:-}
if [ -z "$native" ]; then
  dotnet publish src/Briefings.Cli -c Release -r linux-x64 -o TestResults/aot -v quiet -nologo >/dev/null || { echo "native publish failed"; echo "0 passed, 1 failed"; exit 1; }
  native=TestResults/aot/briefings
fi
if [ -z "$jit" ]; then
  dotnet build src/Briefings.Cli -c Release -v quiet -nologo >/dev/null || { echo "JIT build failed"; echo "0 passed, 1 failed"; exit 1; }
  jit=src/Briefings.Cli/bin/Release/net10.0/briefings
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "ok    $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; }

# Runs one command line with each executable (each into its own out folder) and compares exit code, messages
# (timings removed; progress lines sorted, since parallel jobs finish in any order) and every file written.
compare() {
  local name=$1
  shift
  local side
  for side in native jit; do
    local exe=$native
    [ "$side" = jit ] && exe=$jit
    rm -rf "$work/$side"
    mkdir -p "$work/$side"
    local args=("${@//@OUT@/$work/$side/out}")
    "$exe" "${args[@]}" >"$work/$side.stdout" 2>"$work/$side.stderr"
    echo $? >"$work/$side.code"
    for stream in stdout stderr; do
      sed -E -e "s#$work/$side#OUT#g" -e 's/[0-9]+(\.[0-9]+)? ?(ms|s)\b/T/g' -e 's/"elapsed_ms": [0-9.]+/"elapsed_ms": T/' -e 's/ +/ /g' -e '/^[╭├╰]/d' \
        "$work/$side.$stream" | sort >"$work/$side.$stream.norm"
    done
  done

  if ! cmp -s "$work/native.code" "$work/jit.code"; then
    fail "$name: exit code $(cat "$work/native.code") native, $(cat "$work/jit.code") JIT"
    return
  fi
  for stream in stdout stderr; do
    if ! cmp -s "$work/native.$stream.norm" "$work/jit.$stream.norm"; then
      fail "$name: $stream differs"
      diff "$work/native.$stream.norm" "$work/jit.$stream.norm" | head -n 10
      return
    fi
  done
  if [ -d "$work/jit/out" ] || [ -d "$work/native/out" ]; then
    if ! diff -r -q "$work/native/out" "$work/jit/out" >"$work/diff" 2>&1; then
      fail "$name: outputs differ"
      head -n 10 "$work/diff"
      return
    fi
  fi
  pass "$name (exit $(cat "$work/jit.code"))"
}

# Good inputs: the shipped dossier in both formats and as PDF/A, a second dossier, a synthetic one.
river=tests/Briefings.Core.Tests/TestData/Facts/river-dossier
"$jit" generate --events 300 --agreements 4 --out "$work/synthetic" >/dev/null
compare "dossier build" build --out @OUT@ --jobs 2
compare "dossier build, PDF/A" build --out @OUT@ --pdfa --format pdf
compare "dossier markdown" build --out @OUT@ --format md
compare "second dossier" build --seeds "$river" --out @OUT@
compare "synthetic dossier" build --seeds "$work/synthetic" --out @OUT@
compare "check" check
compare "check --json" check --json
compare "list --json" list --json
compare "extract" extract --out @OUT@
compare "generate" generate --events 40 --agreements 2 --out @OUT@

# Bad inputs: located errors, same exit codes, nothing written.
bad() {
  local name=$1 edit=$2
  rm -rf "$work/bad"
  cp -r seeds "$work/bad"
  cp -r templates "$work/bad-templates" 2>/dev/null || true
  eval "$edit"
  compare "bad: $name" build --seeds "$work/bad" --templates "$work/bad-templates" --out @OUT@
  rm -rf "$work/bad-templates"
}
bad "malformed YAML" 'printf "events: [\n" >>"$work/bad/facts.yaml"'
bad "dangling reference" 'sed -i "0,/party: japan/s//party: atlantis/" "$work/bad/facts.yaml"'
bad "quote not in its source" 'sed -i "0,/quote: \"/s//quote: \"Not in any source at all /" "$work/bad/facts.yaml"'
bad "template error" 'printf "{{ no_such_variable }}\n" >>"$work/bad-templates/chronology.sbn"'
bad "template loop" 'printf "{{ while true; end }}\n" >>"$work/bad-templates/chronology.sbn"'
compare "unknown template" build nosuch --out @OUT@

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
