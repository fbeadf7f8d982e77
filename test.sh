#!/usr/bin/env bash
# Runs Dyad's whole test suite: builds everything (Release), runs the xunit tests, and prints
# a last line "N passed, N failed, N skipped". Exits non-zero when anything failed or nothing ran.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

"$here/scripts/setup.sh" || { echo "0 passed, 1 failed"; exit 1; }

results="$here/TestResults"
rm -rf "$results"
echo "== build" >&2
if ! dotnet build Dyad.slnx -c Release -nologo -v q -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== tests" >&2
dotnet test tests/Dyad.Tests/Dyad.Tests.csproj -c Release --no-build -nologo \
  --logger "trx;LogFileName=dyad.trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

trx="$results/dyad.trx"
if [ ! -f "$trx" ]; then
  echo "no test results were written"
  echo "0 passed, 1 failed"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
total=$(get total); passed=$(get passed); failed=$(get failed); executed=$(get executed)
errors=$(get error); timeout=$(get timeout); aborted=$(get aborted)
failed=$(( ${failed:-0} + ${errors:-0} + ${timeout:-0} + ${aborted:-0} ))
skipped=$(( ${total:-0} - ${executed:-0} ))

grep -o '<UnitTestResult [^>]*outcome="NotExecuted"[^>]*>' "$trx" | sed -n 's/.*testName="\([^"]*\)".*/skipped: \1/p' >&2

if [ "${passed:-0}" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "${passed:-0} passed, ${failed} failed, ${skipped} skipped"
if [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
exit 0
