#!/bin/sh
# Runs a benchmark of the Co-production Workbench: bench.sh <name> [args] (the README's Benchmarks lists them). Installed
# beside coprod.sh by the releng feature, so only in the releng product (releng/org.coprod.bench.product), never in the
# shipped one. Needs a JDK 21 or newer: JAVA_HOME, or java on the PATH. Its OSGi configuration area is
# COPROD_HOME/bench-configuration (default ~/.coprod); COPROD_JAVA_OPTIONS adds JVM options (after -Xmx4g, so
# that it can set another heap: COPROD_JAVA_OPTIONS=-Xmx1g).
DIR=$(cd "$(dirname "$0")" && pwd)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LAUNCHER=$(ls "$DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
STATE="${COPROD_HOME:-$HOME/.coprod}"
mkdir -p "$STATE" 2>/dev/null
# The JVM options of coprod.sh but full JIT: C1 alone (good for start-up) slows long indexing by a third. A configuration
# area of its own, never the command line's: that one belongs to another installation, the shipped product.
exec "$JAVA" -Djava.util.logging.config.file="$DIR/logging.properties" -Xshare:auto -Dosgi.requiredJavaVersion=21 \
  --enable-native-access=ALL-UNNAMED -Xmx4g $COPROD_JAVA_OPTIONS -Djava.awt.headless=true -jar "$LAUNCHER" \
  -application org.coprod.bench.application -configuration "$STATE/bench-configuration" -data @none -nosplash "$@"
