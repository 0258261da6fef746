#!/usr/bin/env bash
# Graceful shutdown under load (README "Operations"): start the packaged site, run wrk against an article, send
# SIGTERM in the middle of the run, then show what wrk saw (requests in flight complete; afterwards only refused
# or closed connections, no timeouts, no 5xx) and how long the process took to exit after SIGTERM (at most
# spring.lifecycle.timeout-per-shutdown-phase, 20 s, plus the JVM's own exit).
# Usage: bench/graceful-shutdown.sh [port] [connections] [seconds-before-sigterm]
source "$(dirname "$0")/common.sh"
cd "$ROOT"
port="${1:-8102}"
connections="${2:-32}"
before="${3:-4}"
need wrk curl
build_jar
jar="$JAR"

java -jar "$jar" --server.port="$port" --management.server.port=$((port + 1)) > target/graceful-site.log 2>&1 &
site=$!
trap 'kill -KILL "$site" 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$((port + 1))/actuator/health/readiness"
echo "site up on port $port (pid $site); wrk with $connections connections, SIGTERM after ${before}s"

wrk -t2 -c"$connections" -d$((before + 6))s --timeout 10s "http://127.0.0.1:$port/treatments/stop-a-cramp-now" \
  > target/graceful-wrk.txt 2>&1 &
load=$!
sleep "$before"
sent=$(date +%s%N)
kill -TERM "$site"
status=0
wait "$site" || status=$?
exited=$(date +%s%N)
wait "$load" || true
trap - EXIT

cat target/graceful-wrk.txt
echo "--- site log after SIGTERM"
grep -iE "graceful|shutdown|stopp|error|exception" target/graceful-site.log || true
echo "--- process exited with status $status, $(( (exited - sent) / 1000000 )) ms after SIGTERM"
if grep -qE "Socket errors:.*timeout [1-9]" target/graceful-wrk.txt || grep -q "Non-2xx" target/graceful-wrk.txt; then
  echo "FAIL: timeouts or non-2xx responses during shutdown"
  exit 1
fi
if ! grep -q "Graceful shutdown complete" target/graceful-site.log; then
  echo "FAIL: the server did not finish its active requests within the grace period"
  exit 1
fi
echo "OK: active requests completed (Graceful shutdown complete), no timeouts and no non-2xx responses."
echo "wrk's read errors are keep-alive connections the server closed between requests once shutdown began, and"
echo "its write/connect errors are new attempts after the port closed: refused cleanly, as a client should see."
