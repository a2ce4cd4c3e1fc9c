#!/usr/bin/env bash
# Runs one benchmark (README "Performance"); each prints its own table.
#   local/bench/run.sh cold-start [runs]   whole-process cold starts vs the baseline
#                                          (COLD_START_BEFORE=DIR: also an earlier build's jars, same rounds)
#   local/bench/run.sh jmh [jmh options]   warm per-claim validation and handler round trip
#   local/bench/run.sh bulk [records]      bulk throughput and peak RSS against local S3 and DynamoDB
#                                          (POLICY_CACHE_TTL_SECONDS=0 for the local stack's setting; default 300)
#   local/bench/run.sh reads               DynamoDB requests while validating 10,000 claims
#                                          (ICD10CM_FULL=FILE: that order file stored as FY2022-FY2026)
#   local/bench/run.sh sizes               deployable jar sizes
#   local/bench/run.sh metrics [runs]      cold-start cost of our EMF writer vs the official library
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
what="${1:-}"
shift || true
if [ "$what" = sizes ]; then
  [ -f functions/api/target/api-function.jar ] || mvn -B -q -DskipTests install
  for jar in functions/*/target/*-function.jar; do
    case "$jar" in */original-*) continue ;; esac
    printf '%-55s %6.2f MB\n' "$jar" "$(echo "$(stat -c %s "$jar") / 1000000" | bc -l)"
  done
  exit 0
fi
if [ ! -f local/bench/target/classpath.txt ] || [ -n "$(find . -path ./.git -prune -o \( -name '*.java' -o -name pom.xml \) -newer local/bench/target/classpath.txt -print -quit)" ]; then
  echo "Building (mvn -DskipTests install) ..." >&2
  mvn -B -q -DskipTests install >&2
fi
cp="local/bench/target/classes:$(cat local/bench/target/classpath.txt)"
case "$what" in
  cold-start) exec java -cp "$cp" com.claims01940.bench.ColdStartBench "$@" ;;
  # Three forks (each JVM compiles differently; a shared machine drifts), 10 s of warm-up (C2 settles
  # the handler path in about 5 s here); sample mode gives medians.
  jmh)
    [ $# -gt 0 ] || set -- -f 3 -wi 10 -w 1s -i 5 -r 1s -tu us
    exec java -cp "$cp" org.openjdk.jmh.Main "$@" ;;
  bulk) exec java -cp "$cp" com.claims01940.bench.BulkBench "$@" ;;
  reads) exec java -cp "$cp" com.claims01940.bench.DynamoDbReadsBench "$@" ;;
  metrics) exec java -cp "$cp" com.claims01940.bench.MetricsCostBench "$@" ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
