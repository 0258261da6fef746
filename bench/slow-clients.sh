#!/usr/bin/env bash
# Slowloris check (README "Operations"): start the packaged site, hold 500 idle or trickling connections open
# and show that a normal reader still gets an article quickly, once a second for 20 s.
# Usage: bench/slow-clients.sh [port] [connections] [seconds]
source "$(dirname "$0")/common.sh"
cd "$ROOT"
port="${1:-8102}"
connections="${2:-500}"
seconds="${3:-20}"
build_jar
jar="$JAR"
ulimit -n 4096 2>/dev/null || true

java -jar "$jar" --server.port="$port" --management.server.port=$((port + 1)) > target/slow-clients-site.log 2>&1 &
site=$!
trap 'kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$((port + 1))/actuator/health/readiness"
echo "site up on port $port"
java bench/SlowClients.java 127.0.0.1 "$port" "$connections" "$seconds" /treatments/stop-a-cramp-now
