#!/usr/bin/env sh
# The region benchmark of docs/performance.md: a seeded region of ВПР exports (90 × 14 500 rows by default),
# `vsoko vpr` over it beside inflating the same sheets. Prints min/median/max; asserts nothing.
# Options: FILES=90 ROWS=14500 RUNS=3 scripts/bench-region.sh
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests
./mvnw -q -B -pl vsoko-cli test -Dtest=RegionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dvsoko.bench=true \
  -Dvsoko.bench.files="${FILES:-90}" -Dvsoko.bench.rows="${ROWS:-14500}" -Dvsoko.bench.runs="${RUNS:-3}" \
  -DtrimStackTrace=false | grep -E "^(region|inflate|unzip|vsoko|ratio)" || true
