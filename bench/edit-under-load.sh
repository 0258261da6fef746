#!/usr/bin/env bash
# How long a saved edit takes to appear while wrk keeps 32 connections busy on 13 pages.
#   bench/edit-under-load.sh [--edits 10]
# Prints each edit's delay, the median and the worst, and wrk's error counts (there should be none).
source "$(dirname "$0")/common.sh"
EDITS=10
[ "${1:-}" = "--edits" ] && EDITS="$2"
need wrk curl
build_jar
prepare_production
PORT=8183
CONTENT="$OUT/edit-content"; rm -rf "$CONTENT"; cp -r "$ROOT/content" "$CONTENT"
"$ROOT/docker/production.sh" --server.port=$PORT --management.server.port=0 --crampguide.content-dir="$CONTENT" > "$OUT/edit-app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$PORT/treatments/stop-a-cramp-now"
cat > "$OUT/pages.lua" <<'LUA'
local paths = {"/", "/causes", "/symptoms", "/risk-factors", "/treatments", "/prevention",
  "/treatments/stop-a-cramp-now", "/symptoms/red-flags", "/causes/why-muscles-cramp",
  "/about", "/sitemap.xml", "/feed.xml", "/cramp-diary"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], {["Accept-Encoding"] = "gzip"})
end
LUA
wrk -t2 -c32 -d$((EDITS * 4 + 10))s -s "$OUT/pages.lua" "http://127.0.0.1:$PORT" > "$OUT/edit-wrk.txt" &
WRK_PID=$!
sleep 3
FILE="$CONTENT/articles/treatments/stop-a-cramp-now.md"
DELAYS=()
for edit in $(seq 1 "$EDITS"); do
  marker="Edit marker $edit $(date +%s%N)"
  start=$(date +%s%N)
  printf '\n%s\n' "$marker" >> "$FILE"
  deadline=$((start + 60000000000))
  until curl -s -o "$OUT/edit-page.html" "http://127.0.0.1:$PORT/treatments/stop-a-cramp-now" \
      && grep -q "$marker" "$OUT/edit-page.html"; do
    if [ "$(date +%s%N)" -gt "$deadline" ]; then echo "edit $edit never appeared (see $OUT/edit-app.log)" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  d=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", (e-s)/1e9}')
  echo "edit $edit visible after $d s"
  DELAYS+=("$d")
  sleep 1
done
wait "$WRK_PID"
grep -E "Requests/sec|Socket errors|Non-2xx" "$OUT/edit-wrk.txt" || echo "wrk: no socket errors, no non-2xx answers"
printf '%s\n' "${DELAYS[@]}" | sort -g | awk '{a[NR]=$1} END {printf "edit_visible_median_s=%s edit_visible_max_s=%s\n", a[int((NR+1)/2)], a[NR]}'
