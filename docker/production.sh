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
# wrk unchanged. C2 also inlines less deeply (9 levels rather than 15) and only callees
# smaller than 1,000 bytes of compiled code (not 2,500): at 10,000 articles C2 compiled for
# 8.3 s of an 8.7 s start, and alternating launches gave 7.64 s against 8.08 s and 8.05 s
# against 8.51 s (five each); the bundled site's start and requests/s under wrk did not
# change. Options in JAVA_OPTS come after these, so they can override them.
JIT_OPTS="-XX:CompileThresholdScaling=2 -XX:MaxInlineLevel=9 -XX:InlineSmallCode=1000"
# No jar in target/ is fine when $APP holds a prepared one (a deployment may copy only that).
JAR="$( (ls "$ROOT"/target/cramp-guide-*.jar 2>/dev/null || true) | head -1)"
if [ -n "$JAR" ] && [ -s "$APP/app.aot" ] && [ "$JAR" -nt "$APP/app.aot" ]; then
  echo "docker/production.sh: $JAR is newer than the prepared $APP; run docker/prepare-aot.sh again" >&2
fi
if [ -s "$APP/app.aot" ] && [ -x "$JAVA25" ]; then
  # shellcheck disable=SC2086
  exec "$JAVA25" -XX:AOTCache="$APP/app.aot" $JIT_OPTS $JAVA_OPTS -jar "$APP/cramp-guide.jar" "$@"
fi
if [ -z "$JAR" ]; then
  echo "docker/production.sh: no jar in $ROOT/target and no AOT cache in $APP; run ./mvnw package -DskipTests" >&2
  exit 1
fi
# shellcheck disable=SC2086
exec java $JIT_OPTS $JAVA_OPTS -jar "$JAR" "$@"
