#!/bin/sh
# Starts the installed workbench (or, with a subcommand, the command line) without the native Eclipse launcher,
# which is not on Maven Central. Needs a JDK 21 or newer: JAVA_HOME, or java on the PATH.
# Everything it keeps between runs is under COPROD_HOME (default ~/.coprod): the sample library, the OSGi
# configuration areas, the workspace and the class-data archives. COPROD_CONFIG and COPROD_WORKSPACE override
# single folders; COPROD_JAVA_OPTIONS adds JVM options (e.g. -Xmx4g).
DIR=$(cd "$(dirname "$0")" && pwd)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LAUNCHER=$(ls "$DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
STATE="${COPROD_HOME:-$HOME/.coprod}"
mkdir -p "$STATE" 2>/dev/null
# Class-data archives, one per application and one per command-line command (a brief loads POI, XMLBeans, Java2D and
# JFreeChart, which stats never does), written on the first run and reused after it: they cut start-up by about a third
# on two cores (coprod bench ui measures it, with and without them). Each is 15-35 MB.
cds() { echo "-XX:SharedArchiveFile=$STATE/$1.jsa -XX:+AutoCreateSharedArchive -Xlog:cds*=off -Xlog:aot*=off"; }
VMARGS="-Djava.util.logging.config.file=$DIR/logging.properties -XX:TieredStopAtLevel=1 -Xshare:auto -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED $COPROD_JAVA_OPTIONS"
CLI_CONFIG="${COPROD_CONFIG:-$STATE/cli-configuration}"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ] || [ "$1" = "--help" ] || [ "$1" = "-h" ]; then
  # A subcommand (or --help): the headless command line, no window, no workspace. It speaks English whatever the
  # system's language (-nl en), so its output, and what scripts read from it, stays the same everywhere.
  exec "$JAVA" $VMARGS $(cds "cli-$(printf %s "$1" | tr -cd a-z)") -Djava.awt.headless=true -jar "$LAUNCHER" \
    -application org.coprod.cli.application -configuration "$CLI_CONFIG" -data @none -nosplash -nl en "$@"
fi
# Exit code 23 is the workbench asking to be started again (a new language chosen in the preferences): the native
# Eclipse launcher would restart it, this script does.
# A signal to this script (a window manager, a test harness) is passed on to the workbench.
while :; do
  "$JAVA" $VMARGS $(cds workbench) -Xmx1g -jar "$LAUNCHER" -data "${COPROD_WORKSPACE:-$STATE/workspace}" "$@" &
  child=$!
  trap 'kill "$child" 2>/dev/null; wait "$child"; exit 143' TERM INT HUP
  wait "$child"
  rc=$?
  trap - TERM INT HUP
  [ "$rc" -eq 23 ] || exit "$rc"
done
