#!/usr/bin/env bash
# Prepares what the production command (docker/production.sh) needs for a fast cold start:
# the jar extracted into plain jars (class-data sharing cannot read nested jars), and a JDK 25
# AOT cache (JEP 483/514: classes loaded and linked, plus method profiles) recorded by a
# training run that starts the site, fetches a few pages and stops.
#   docker/prepare-aot.sh [jar] [target-dir]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${1:-$(ls "$ROOT"/target/cramp-guide-*.jar | head -1)}"
APP="${2:-$ROOT/target/app}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
command -v "$JAVA25" >/dev/null 2>&1 || JAVA25="$(command -v java)"
PORT="${TRAINING_PORT:-8199}"

rm -rf "$APP"
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
[ "$(basename "$JAR")" = "cramp-guide.jar" ] || mv "$APP/$(basename "$JAR")" "$APP/cramp-guide.jar"

# The same JVM options as docker/production.sh, so the cache matches the production run, except
# its inlining limits: a cache trained with them started 10,000 articles later in six of eight
# alternating launches (median 8.59 s against 8.34 s for one trained without them).
JAVA_OPTS="${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -Dspring.aot.enabled=true}"
# shellcheck disable=SC2086
"$JAVA25" -XX:AOTCacheOutput="$APP/app.aot" -Xlog:aot=error -XX:CompileThresholdScaling=2 $JAVA_OPTS -jar "$APP/cramp-guide.jar" --server.port="$PORT" \
  --management.server.port=0 > "$APP/training.log" 2>&1 &
PID=$!
for _ in $(seq 1 3000); do
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/treatments/stop-a-cramp-now"; then break; fi
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "The training run stopped early; see $APP/training.log" >&2
    exit 1
  fi
  sleep 0.05
done
for path in / /causes /treatments/stop-a-cramp-now /symptoms/red-flags /sitemap.xml /about /no-such-page; do
  curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$path" || true
done
sleep 2
kill -TERM "$PID"
wait "$PID" || true
if [ -s "$APP/app.aot" ]; then
  echo "AOT cache ready: $APP/app.aot ($(du -h "$APP/app.aot" | cut -f1))"
else
  echo "The training run wrote no AOT cache; see $APP/training.log" >&2
  exit 1
fi
