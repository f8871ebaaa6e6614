#!/bin/sh
#
# Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
# Runs the benchmarks: against vpp-sim in-process, or against the real VPP whose API socket VPP_API_SOCKET names.
# See docs/benchmarks.md.
#   benchmarks/run.sh [--short] [--client | --engine | --datastore | --restore]
# --short measures every figure for a fraction of a second (the restore benchmark: on 100 and 1,000 connections
# instead of 1,000 and 10,000): a smoke test (CI runs it), not figures to quote.
# --client runs only the vpp-client benchmark, --engine only the engine benchmark, --datastore only the datastore
# benchmark (the engine through the in-process controller datastore), --restore only the restore benchmark; by
# default all four, one after the other, each in a JVM of its own (so that the heap figures see no leftovers of an
# earlier run).
#
# Builds what it needs first, quietly and with checks skipped, through the reactor (-am: the parent POM, vpp-client,
# vpp-sim, the engine come from this tree, never from ~/.m2), so it works on a fresh clone; then runs the
# benchmarks from target/classes, with the runtime classpath.
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
client=1
engine=1
datastore=1
restore=1
only=
args=
for arg in "$@"; do
    case "$arg" in
        --client | --engine | --datastore | --restore)
            if [ -n "$only" ]; then
                echo "benchmarks/run.sh: --client, --engine, --datastore and --restore exclude each other" \
                    "(give none to run all)" >&2
                exit 2
            fi
            only=$arg
            client=
            engine=
            datastore=
            restore=
            case "$arg" in
                --client) client=1 ;;
                --engine) engine=1 ;;
                --datastore) datastore=1 ;;
                --restore) restore=1 ;;
            esac
            ;;
        *) args="$args $arg" ;;
    esac
done
./mvnw -B -q -Pq -pl benchmarks -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt
# The datastore benchmark's in-process datastore journals through Netty, which on Java >= 24 needs sun.misc.Unsafe
# allowed (DESIGN 7); Java 21 knows no such option.
jvm=
if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
    jvm="-Dio.netty.noUnsafe=false --sun-misc-unsafe-memory-access=allow"
fi
# HotSpot (JDK 20 on) unloads compiled code that has not run for a while when it collects; the restore and datastore
# benchmarks spend their longest minute creating connections only, so their prune of 10,000 found its delete path
# unloaded and measured the JIT compiling it again (two thirds of the JVM's CPU during the prune). An agent in service
# deletes connections all day; -XX:-UseCodeCacheFlushing keeps what the warm-up compiled (docs/benchmarks.md).
warm="-XX:-UseCodeCacheFlushing"
run() {
    # $args, $jvm and $2 hold only single-word options: word splitting is what we want here.
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" -Xms512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn $jvm ${2:-} \
        -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" "$1" $args
}
if [ -n "$client" ]; then
    run io.nsmvpp.benchmarks.VppClientBenchmark
fi
if [ -n "$engine" ]; then
    run io.nsmvpp.benchmarks.EngineBenchmark
fi
if [ -n "$datastore" ]; then
    run io.nsmvpp.benchmarks.DatastoreBenchmark "$warm"
fi
if [ -n "$restore" ]; then
    run io.nsmvpp.benchmarks.RestoreBenchmark "$warm"
fi
