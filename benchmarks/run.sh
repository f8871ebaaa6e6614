#!/bin/sh
# Runs the vpp-client benchmark: against vpp-sim in-process, or against the real VPP whose API socket
# VPP_API_SOCKET names. Builds what it needs first (quietly, checks skipped). See docs/benchmarks.md.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -Pq -f vpp-client/pom.xml install
./mvnw -B -q -Pq -f vpp-sim/pom.xml install
./mvnw -B -q -Pq -f benchmarks/pom.xml package exec:exec
