#!/usr/bin/env bash
# Shared by the local/*.sh commands: builds the project when the local classpath is missing or any
# source or POM is newer than it (build output and node_modules aside: the bench module generates
# sources after the classpath is written), then runs the given main class on that classpath.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
classpath="$root/local/target/classpath.txt"
if [ ! -f "$classpath" ] || [ -n "$(find "$root" \( -path "$root/.git" -o -name target -o -name node_modules \) -prune -o \( -name '*.java' -o -name 'pom.xml' -o -name '*.json' -path '*/src/main/*' \) -newer "$classpath" -print -quit)" ]; then
  echo "Building (mvn -DskipTests install) ..." >&2
  (cd "$root" && mvn -B -q -DskipTests install >&2)
fi
main="$1"
shift
cd "$root"
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$root/local/target/classes:$(cat "$classpath")" "$main" "$@"
