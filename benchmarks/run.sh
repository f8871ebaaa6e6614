#!/bin/sh
#
# Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
# Runs the vpp-client benchmark: against vpp-sim in-process, or against the real VPP whose API socket
# VPP_API_SOCKET names. See docs/benchmarks.md.
#   benchmarks/run.sh [--short]
# --short measures every figure for a fraction of a second: a smoke test (CI runs it), not figures to quote.
#
# Builds what it needs first, quietly and with checks skipped, through the reactor (-am: the parent POM,
# vpp-client and vpp-sim come from this tree, never from ~/.m2), so it works on a fresh clone; then runs the
# benchmark in a JVM of its own, from target/classes, with the runtime classpath.
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
./mvnw -B -q -Pq -pl benchmarks -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt
exec "$JAVA_HOME/bin/java" -Xms512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
    io.nsmvpp.benchmarks.VppClientBenchmark "$@"
