#!/usr/bin/env bash
# Writes a content folder: the bundled content plus N generated, valid articles
# (src/test/java/org/crampguide/testsupport/SyntheticSite.java).
#   bench/generate.sh N DIR
source "$(dirname "$0")/common.sh"
N="$1"; DIR="$2"
if [ -f "$DIR/.articles" ] && [ "$(cat "$DIR/.articles")" = "$N" ]; then exit 0; fi
(cd "$ROOT" && ./mvnw -q -B -ntp test-compile && ./mvnw -q -B -ntp dependency:build-classpath \
  -Dmdep.outputFile="$OUT/test-classpath.txt" -Dmdep.includeScope=test)
rm -rf "$DIR"
java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/test-classpath.txt")" \
  org.crampguide.testsupport.SyntheticSite "$DIR" "$N"
echo "$N" > "$DIR/.articles"
