#!/usr/bin/env bash
# The production command: the extracted jar on JDK 25 with the AOT cache from
# docker/prepare-aot.sh when it exists, otherwise plain `java -jar`. Extra arguments go to the
# application, e.g. --server.port=8080 --crampguide.content-dir=/srv/content.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP="${CRAMPGUIDE_APP_DIR:-$ROOT/target/app}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAVA_OPTS="${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -Dspring.aot.enabled=true}"
JAR="$(ls "$ROOT"/target/cramp-guide-*.jar 2>/dev/null | head -1)"
if [ -n "$JAR" ] && [ -s "$APP/app.aot" ] && [ "$JAR" -nt "$APP/app.aot" ]; then
  echo "docker/production.sh: $JAR is newer than the prepared $APP; run docker/prepare-aot.sh again" >&2
fi
if [ -s "$APP/app.aot" ] && [ -x "$JAVA25" ]; then
  # shellcheck disable=SC2086
  exec "$JAVA25" -XX:AOTCache="$APP/app.aot" $JAVA_OPTS -jar "$APP/cramp-guide.jar" "$@"
fi
# shellcheck disable=SC2086
exec java $JAVA_OPTS -jar "$JAR" "$@"
