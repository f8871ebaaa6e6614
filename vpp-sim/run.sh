#!/bin/sh
#
# Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
# Runs vpp-sim as its own process, serving VPP v26.06's binary API on a UNIX socket until killed:
#   vpp-sim/run.sh <socket-path> [--shuffle-ids] [--no-tap] [--seed N] [--operation-log FILE]
# SIGTERM (or Ctrl-C) stops it and removes the socket file.
#
# Builds what it needs first, quietly and with checks skipped, through the reactor (-am: the parent POM and
# vpp-client come from this tree, never from ~/.m2), so it works on a fresh clone. It stops at 'compile' and runs
# from target/classes: no jar is rewritten under a simulator that is still running when another build runs.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 <socket-path> [--shuffle-ids] [--no-tap] [--seed N] [--operation-log FILE]" >&2; exit 2; }
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
./mvnw -B -q -Pq -pl vpp-sim -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
mkdir -p "$(dirname "$1")"
exec "$JAVA_HOME/bin/java" -cp "vpp-sim/target/classes:$(cat vpp-sim/target/classpath.txt)" \
    io.nsmvpp.vpp.sim.SimulatorMain "$@"
