#!/bin/bash
# Screenshots of the built workbench: starts the releng product (releng/org.coprod.bench.product: the shipped product plus
# the releng feature org.coprod.bench.feature) under Xvfb as the org.coprod.bench.ui.screenshots application (the
# workbench, which then opens a case, shows the matrix and compares three cases, announcing each state on stdout) and saves
#   main.png  editor.png  matrix.png  comparison.png  map.png
# into the folder given as argument (default ./shots). Uses a fresh copy of the sample library and a fresh workspace.
# Needs Xvfb and ImageMagick's import (installed with apt-get when missing and run as root) and a JDK 21+.
set -euo pipefail
OUT=$(mkdir -p "${1:-./shots}" && cd "${1:-./shots}" && pwd)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# COPROD_PRODUCT: another installation that has the releng feature.
RELENG=$ROOT/releng/org.coprod.bench.product/target/products/org.coprod.bench.product
PRODUCT=${COPROD_PRODUCT:-$RELENG/linux/gtk/x86_64/coprod-bench}
if [ ! -x "$PRODUCT/coprod.sh" ] || ! ls -d "$PRODUCT/plugins/org.coprod.bench.ui_"* >/dev/null 2>&1; then
  echo "screenshots.sh: no built releng product at $PRODUCT (run ./mvnw -B -o clean verify first)" >&2
  exit 2
fi
if ! command -v Xvfb >/dev/null || ! [ -x /usr/bin/import ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb imagemagick x11-utils libgtk-3-0 libwebkit2gtk-4.1-0 fonts-dejavu-core >/dev/null
  else
    echo "screenshots.sh: needs Xvfb and ImageMagick (apt-get install xvfb imagemagick)" >&2
    exit 2
  fi
fi
if [ -z "${JAVA_HOME:-}" ]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[1-9]* /usr/lib/jvm/*-2[1-9]-*; do
    if [ -x "$j/bin/java" ]; then export JAVA_HOME=$j; break; fi
  done
fi
WORK=$(mktemp -d)
DISPLAY_NUMBER=${COPROD_DISPLAY:-99}
while [ -e "/tmp/.X${DISPLAY_NUMBER}-lock" ]; do DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1)); done
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
APP=
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
  kill "$XVFB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
export DISPLAY=":$DISPLAY_NUMBER"
sleep 1
export COPROD_HOME="$WORK/home" COPROD_WORKSPACE="$WORK/workspace"
"$PRODUCT/coprod.sh" -application org.coprod.bench.ui.screenshots >"$WORK/app.log" 2>&1 &
APP=$!
taken=0
for _ in $(seq 1 360); do
  for state in main editor matrix comparison map; do
    if [ ! -e "$OUT/$state.png" ] && grep -q "^COPROD-SCENARIO $state\$" "$WORK/app.log"; then
      sleep 1
      import -window root "$OUT/$state.png"
      if [ "$state" = main ] && command -v xwininfo >/dev/null; then
        echo "screenshots.sh: window title: $(xwininfo -root -tree | grep -o '"[^"]* — Co-production Workbench *"' | head -n 1)"
      fi
      echo "screenshots.sh: $OUT/$state.png"
      taken=$((taken + 1))
    fi
  done
  if [ "$taken" -eq 5 ] || ! kill -0 "$APP" 2>/dev/null; then break; fi
  sleep 0.5
done
wait "$APP" 2>/dev/null || true
APP=
if [ "$taken" -ne 5 ]; then
  echo "screenshots.sh: only $taken of 5 screenshots; the application said:" >&2
  tail -n 40 "$WORK/app.log" >&2
  exit 1
fi
