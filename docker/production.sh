#!/usr/bin/env bash
# The production command: the extracted jar on JDK 25 with the AOT cache from
# docker/prepare-aot.sh when it exists, otherwise plain `java -jar`. Extra arguments go to the
# application, e.g. --server.port=8080 --crampguide.content-dir=/srv/content.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP="${CRAMPGUIDE_APP_DIR:-$ROOT/target/app}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAVA_OPTS="${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -Dspring.aot.enabled=true}"
# Compile at twice the JIT's usual call counts: on two cores the compiler threads took about
# half the CPU of a start, much of it on code that is hot only while the content loads.
# Alternating launches at 10,000 articles: first answer 7.7 s against 8.5 s; requests/s under
# wrk unchanged. Options in JAVA_OPTS come after it, so they can override it.
JIT_OPTS="-XX:CompileThresholdScaling=2"
JAR="$(ls "$ROOT"/target/cramp-guide-*.jar 2>/dev/null | head -1)"
if [ -n "$JAR" ] && [ -s "$APP/app.aot" ] && [ "$JAR" -nt "$APP/app.aot" ]; then
  echo "docker/production.sh: $JAR is newer than the prepared $APP; run docker/prepare-aot.sh again" >&2
fi
if [ -s "$APP/app.aot" ] && [ -x "$JAVA25" ]; then
  # shellcheck disable=SC2086
  exec "$JAVA25" -XX:AOTCache="$APP/app.aot" $JIT_OPTS $JAVA_OPTS -jar "$APP/cramp-guide.jar" "$@"
fi
# shellcheck disable=SC2086
exec java $JIT_OPTS $JAVA_OPTS -jar "$JAR" "$@"
