#!/usr/bin/env bash
# Measures `dotnet test` on a fresh MlKata workspace against a plain `dotnet new xunit`
# project with the same number of tests, in the same run, cold (first run: restore, build,
# test, empty package cache) and warm (second run, nothing changed); then MlKata's share of
# analyzer time from -p:ReportAnalyzer=true. Needs the kit built by ./build.sh first.
#
#   tests/Benchmarks/workspace-test-time.sh [kata-slug]   (default: binary-metrics)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
feed="$repo/artifacts/feed"
kata=${1:-binary-metrics}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
hive="$work/hive"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Runs a command, prints its wall time in seconds; a run that did not pass all its tests is an error.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/last.log" 2>&1 || true
  end=$(date +%s.%N)
  grep -q "Passed!" "$work/last.log" || { echo "run failed: $*" >&2; cat "$work/last.log" >&2; exit 1; }
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

dotnet new install "$feed"/MlKata.Templates.*.nupkg --debug:custom-hive "$hive" >/dev/null
dotnet new mlkata -n Kata -o "$work/kata" --feed "$feed" --katas "$kata" --debug:custom-hive "$hive" >/dev/null
# The solved kata, so that both projects run passing tests.
cp "$repo/katas/"*"/$kata/.meta/Reference.cs" "$work/kata/katas/$kata/$(sed -n 's/.*"type": "\(.*\)".*/\1/p' "$repo/katas/"*"/$kata/kata.json").cs"

tests=$(cd "$work/kata" && NUGET_PACKAGES="$work/pkg-probe" dotnet test 2>&1 | sed -n 's/.*Total:[[:space:]]*\([0-9]*\).*/\1/p' | tail -1)
rm -rf "$work/pkg-probe" "$work/kata/bin" "$work/kata/obj"

dotnet new xunit -n Plain -o "$work/plain" >/dev/null
cp "$work/kata/nuget.config" "$work/plain/"
# The same test packages as the workspace (from the same feed), without MlKata's analyzers.
grep -v "MlKata.Analyzers" "$work/kata/Kata.csproj" > "$work/plain/Plain.csproj"
{
  echo "namespace Plain;"
  echo "public class PlainTests {"
  for i in $(seq 1 "$tests"); do echo "  [Fact] public void Test$i() => Assert.Equal($i, $i * 1);"; done
  echo "}"
} > "$work/plain/UnitTest1.cs"

echo "tests per project: $tests"
for project in plain kata; do
  export NUGET_PACKAGES="$work/packages-$project"
  cold=$(cd "$work/$project" && seconds dotnet test)
  warm=$(cd "$work/$project" && seconds dotnet test)
  eval "${project}_cold=$cold ${project}_warm=$warm"
  echo "$project: cold ${cold}s, warm ${warm}s"
done
awk -v kc="$kata_cold" -v pc="$plain_cold" -v kw="$kata_warm" -v pw="$plain_warm" 'BEGIN { printf "ratio MlKata/plain: cold %.2f, warm %.2f\n", kc / pc, kw / pw }'

# Analyzer time: every analyzer assembly's share of a full rebuild of the workspace.
export NUGET_PACKAGES="$work/packages-kata"
(cd "$work/kata" && dotnet build --no-incremental -p:ReportAnalyzer=true -v:d >"$work/analyzers.log" 2>&1) || true
echo "analyzer execution time (rebuild of the $kata workspace):"
grep -E "^\s+[0-9.]+\s+[0-9]+\s+(MlKata|xunit|Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers)[^ ]*, Version" "$work/analyzers.log" | sort -u | sed 's/^/  /' || true
grep -E "Total analyzer execution time" "$work/analyzers.log" | sort -u | sed 's/^/  /' || true
