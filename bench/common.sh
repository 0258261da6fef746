# Shared by the bench scripts: paths, the jar, the production command, waiting for a port.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$ROOT/target/bench"
mkdir -p "$OUT"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"

# Builds the jar unless it is already there (BENCH_REBUILD=1 forces it).
build_jar() {
  if [ -n "${BENCH_REBUILD:-}" ] || ! ls "$ROOT"/target/cramp-guide-*.jar >/dev/null 2>&1; then
    (cd "$ROOT" && ./mvnw -q -B -ntp package -DskipTests)
  fi
  JAR="$(ls "$ROOT"/target/cramp-guide-*.jar | head -1)"
}

# Installs Debian packages that are missing (nginx, wrk).
need() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
}

# Waits until URL answers 200, up to 120 s.
wait_for() {
  local url="$1"
  for _ in $(seq 1 6000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = "200" ]; then return 0; fi
    sleep 0.02
  done
  echo "no answer from $url" >&2
  return 1
}

# Prepares docker/production.sh (extracted jar and AOT cache) unless it is newer than the jar.
prepare_production() {
  if [ ! -s "$ROOT/target/app/app.aot" ] || [ "$JAR" -nt "$ROOT/target/app/app.aot" ]; then
    "$ROOT/docker/prepare-aot.sh" "$JAR"
  fi
}
