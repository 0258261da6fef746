#!/usr/bin/env bash
# Lighthouse (mobile) scores for the home page, a section and an article, with Debian's Chromium.
# Not part of CI: scores depend on the machine. Installs Lighthouse from npm into bench/.lighthouse (ignored by git),
# packages and starts the jar on a free port, prints performance, accessibility, best practices and SEO per page.
# Usage: bench/lighthouse.sh [port]   (default 8104); reports go to target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8104}"
LIGHTHOUSE_VERSION=12.2.3   # the last release that runs on Node 20
TOOLS=bench/.lighthouse
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
FLAGS="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking"

if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
	mkdir -p "$TOOLS"
	npm install --prefix "$TOOLS" --no-audit --no-fund -E "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
JAR=$(ls target/cramp-guide-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
	./mvnw -q -B -ntp package -DskipTests
	JAR=$(ls target/cramp-guide-*.jar | grep -v original | head -1)
fi
java -jar "$JAR" --server.port="$PORT" >target/lighthouse-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://localhost:$PORT/" && break; sleep 1; done

mkdir -p target/lighthouse
printf '%-32s %5s %5s %5s %5s\n' page perf a11y best seo
for page in / /causes /treatments/stop-a-cramp-now; do
	name=$(echo "$page" | tr '/' '_')
	report="target/lighthouse/report${name}.json"
	"$TOOLS/node_modules/.bin/lighthouse" "http://localhost:$PORT$page" --quiet --output=json --output-path="$report" \
		--form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
		--chrome-flags="$FLAGS" >/dev/null
	node -e '
		const r = require(process.argv[1]);
		const s = (id) => Math.round(r.categories[id].score * 100);
		console.log(process.argv[2].padEnd(32), ...["performance", "accessibility", "best-practices", "seo"]
			.map((id) => String(s(id)).padStart(5)));
		for (const [id, a] of Object.entries(r.audits)) {
			if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual") {
				console.log("    below 100:", id, "-", a.title);
			}
		}' "$PWD/$report" "$page"
done
