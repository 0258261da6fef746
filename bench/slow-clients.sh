#!/usr/bin/env bash
# Slowloris check (README "Operations"): start the packaged site, hold 500 idle or trickling connections open
# and show that a normal reader still gets an article quickly, once a second for 20 s.
# Usage: bench/slow-clients.sh [port] [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8102}"
connections="${2:-500}"
seconds="${3:-20}"
jar=$(ls target/cramp-guide-*.jar | head -1)
[ -f "$jar" ] || ./mvnw -B -ntp -q package -DskipTests
ulimit -n 4096 2>/dev/null || true

java -jar "$jar" --server.port="$port" --management.server.port=$((port + 1)) > target/slow-clients-site.log 2>&1 &
site=$!
trap 'kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$((port + 1))/actuator/health/readiness" 2>/dev/null && break
  sleep 1
done
echo "site up on port $port"
java bench/SlowClients.java 127.0.0.1 "$port" "$connections" "$seconds" /treatments/stop-a-cramp-now
