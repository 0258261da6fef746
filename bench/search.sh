#!/usr/bin/env bash
# Search benchmark (not a test): generates a site of N articles (default 10,000) with the test sources' SyntheticSite,
# then reports the index build time and p50/p95/p99 latency of whole searches over a fixed list of lay queries.
# Usage: bench/search.sh [articles]   (add -o to MVN_FLAGS to stay offline)
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-10000}"
MVN_FLAGS="${MVN_FLAGS:--q -B -ntp}"
./mvnw $MVN_FLAGS test-compile
./mvnw $MVN_FLAGS dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.crampguide.search.SearchBenchmark "$ARTICLES"
