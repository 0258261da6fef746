#!/usr/bin/env bash
# Throughput of the live site against nginx serving its static export, on the same article.
#   bench/wrk.sh [--articles N] [--rounds R] [--duration 10s] [--connections 64] [--reuse-export]
# Builds the jar if needed, starts it with the production command (docker/production.sh),
# exports the site, serves the export with Debian's nginx (docker/nginx.conf), then runs wrk
# against both in alternating rounds and prints requests/s, p99 and the ratios.
source "$(dirname "$0")/common.sh"
ARTICLES=0; ROUNDS=3; DURATION=10s; CONNECTIONS=64; REUSE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --reuse-export) REUSE=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
need nginx wrk curl
build_jar
prepare_production
APP_PORT=8180; NGINX_PORT=8181
ARTICLE=/treatments/stop-a-cramp-now
CONTENT="$ROOT/content"
if [ "$ARTICLES" -gt 0 ]; then
  CONTENT="$OUT/content-$ARTICLES"
  "$BENCH_DIR/generate.sh" "$ARTICLES" "$CONTENT"
  # The production command's 128 MB heap is for the bundled site; 10,000 articles run in 512 MB.
  export JAVA_OPTS="${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -Dspring.aot.enabled=true}"
fi
EXPORT="$OUT/export"
# --reuse-export keeps an export of the same content from an earlier run: at 10,000 articles
# writing it (10,000 link-preview PNGs) takes minutes.
if [ -z "$REUSE" ] || [ "$(cat "$EXPORT.articles" 2>/dev/null)" != "$ARTICLES" ]; then
  java -jar "$JAR" --crampguide.content-dir="$CONTENT" --crampguide.export="$EXPORT" | tail -1
  echo "$ARTICLES" > "$EXPORT.articles"
fi

# nginx on loopback with the repository's configuration, pointed at the export.
NGINX_DIR="$OUT/nginx"; rm -rf "$NGINX_DIR"; mkdir -p "$NGINX_DIR/conf.d"
cp "$ROOT/docker/nginx-security-headers.conf" "$NGINX_DIR/conf.d/"
sed -e "s|listen 8080;|listen 127.0.0.1:$NGINX_PORT;|" -e "s|/srv/cramp-guide|$EXPORT|g" \
    -e "s|/etc/nginx/conf.d/|$NGINX_DIR/conf.d/|g" "$ROOT/docker/nginx.conf" > "$NGINX_DIR/conf.d/site.conf"
cat > "$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path $NGINX_DIR/tmp;
  include $NGINX_DIR/conf.d/site.conf;
}
CONF
mkdir -p "$NGINX_DIR/tmp"
nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR"

"$ROOT/docker/production.sh" --server.port=$APP_PORT --management.server.port=0 --crampguide.content-dir="$CONTENT" > "$OUT/app.log" 2>&1 &
APP_PID=$!
LAUNCHED=$(date +%s%N)
cleanup() { kill "$APP_PID" 2>/dev/null || true; nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" -s stop 2>/dev/null || true; }
trap cleanup EXIT
wait_for "http://127.0.0.1:$APP_PORT$ARTICLE"
awk -v s="$LAUNCHED" -v e="$(date +%s%N)" 'BEGIN {printf "live site: first 200 of the article %.2f s after launch\n", (e-s)/1e9}'
wait_for "http://127.0.0.1:$NGINX_PORT$ARTICLE"
for url in "http://127.0.0.1:$APP_PORT$ARTICLE" "http://127.0.0.1:$NGINX_PORT$ARTICLE"; do
  printf '%s: %s bytes gzip, %s bytes identity\n' "$url" \
    "$(curl -s -H 'Accept-Encoding: gzip' "$url" | wc -c)" "$(curl -s "$url" | wc -c)"
done

# With generated articles: the first request of 200 articles never asked for before (rendered
# on demand, related sidebar computed cold), once the start's background work (the related-articles
# index, then the search index) is done.
if [ "$ARTICLES" -gt 0 ]; then
  for _ in $(seq 1 600); do grep -q "Search index of" "$OUT/app.log" && break; sleep 0.5; done
  find "$CONTENT/articles" -name 'synthetic-*.md' | shuf -n 200 --random-source=<(yes) \
    | sed -e "s|$CONTENT/articles||" -e 's|\.md$||' > "$OUT/first-paths.txt"
  while read -r path; do
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$APP_PORT$path"
  done < "$OUT/first-paths.txt" | sort -g | awk '{a[NR]=$1*1000} END {printf "first request of %d articles: p50 %.1f ms, p95 %.1f ms\n", NR, a[int(NR*0.5)], a[int(NR*0.95)]}'
  for path in / /causes; do
    curl -s -o /dev/null -w "$path: %{size_download} bytes, %{time_total} s\n" "http://127.0.0.1:$APP_PORT$path"
  done
fi

# Requests/s and p99 (in ms) of one wrk run.
run_wrk() {
  local result
  result="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$1")"
  local rps p99
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$result")"
  p99="$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$result")"
  if grep -q "Non-2xx" <<<"$result"; then echo "non-2xx answers from $1" >&2; fi
  echo "$rps $p99"
}
# Warm up the JIT and nginx's file cache before measuring.
wrk -t2 -c"$CONNECTIONS" -d15s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT$ARTICLE" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d2s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT$ARTICLE" >/dev/null
APP_RPS=(); APP_P99=(); NGINX_RPS=(); NGINX_P99=()
for round in $(seq 1 "$ROUNDS"); do
  read -r r p <<<"$(run_wrk "http://127.0.0.1:$APP_PORT$ARTICLE")"; APP_RPS+=("$r"); APP_P99+=("$p")
  read -r r2 p2 <<<"$(run_wrk "http://127.0.0.1:$NGINX_PORT$ARTICLE")"; NGINX_RPS+=("$r2"); NGINX_P99+=("$p2")
  printf 'round %d: live %10.0f req/s p99 %7.2f ms | nginx %10.0f req/s p99 %7.2f ms\n' "$round" "$r" "$p" "$r2" "$p2"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
A_R="$(median "${APP_RPS[@]}")"; A_P="$(median "${APP_P99[@]}")"
N_R="$(median "${NGINX_RPS[@]}")"; N_P="$(median "${NGINX_P99[@]}")"
RSS="$(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f", $1/1024}')"
printf 'median: live %.0f req/s p99 %.2f ms, nginx %.0f req/s p99 %.2f ms\n' "$A_R" "$A_P" "$N_R" "$N_P"
printf 'live_resident_mb=%s\n' "$RSS"
awk -v a="$A_R" -v n="$N_R" -v ap="$A_P" -v np="$N_P" \
  'BEGIN {printf "throughput_ratio=%.2f (target >= 0.7)\np99_ratio=%.2f (target <= 2)\n", a/n, ap/np}'
