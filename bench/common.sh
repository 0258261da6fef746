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

# Sets STATUS to the HTTP status of GET URL (http://host:port/path), or 000 when nothing
# answers. Bash's /dev/tcp starts no process: a curl per try took about 10 ms of CPU, a third
# of a core at 50 tries a second, from the JVM whose start is being timed.
http_status() {
  local rest="${1#http://}"
  local hostport="${rest%%/*}" path="/${rest#*/}" fd
  STATUS=000
  { exec {fd}<>"/dev/tcp/${hostport%%:*}/${hostport##*:}"; } 2>/dev/null || return 0
  # A server that resets the connection fails the write: not an answer, try again.
  { printf 'GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$path" "$hostport" >&"$fd"; } 2>/dev/null \
    || { exec {fd}>&-; return 0; }
  IFS=' ' read -r -t 10 _ STATUS _ <&"$fd" || true
  STATUS="${STATUS%$'\r'}"
  exec {fd}>&-
}

# Waits until URL answers 200, up to 120 s, trying every 20 ms.
wait_for() {
  local url="$1" nap
  # A read that times out on an empty FIFO: a sleep without starting a process.
  [ -n "${NAP_FD:-}" ] || { mkfifo "$OUT/nap.fifo.$$"; exec {NAP_FD}<>"$OUT/nap.fifo.$$"; rm -f "$OUT/nap.fifo.$$"; }
  for _ in $(seq 1 6000); do
    http_status "$url"
    if [ "$STATUS" = "200" ]; then return 0; fi
    read -r -t 0.02 -u "$NAP_FD" nap || true
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
