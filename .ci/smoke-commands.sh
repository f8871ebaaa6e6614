#!/usr/bin/env bash
#
# Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
# Runs the documented commands as a new user would on a fresh clone, and fails (non-zero) if one breaks.
# .ci/run calls it after the README's test command; it also runs on its own: bash .ci/smoke-commands.sh
#
#   1. removes this project's artifacts (groupId io.nsmvpp) from the local Maven repository, so that nothing can
#      come from an earlier 'install': the commands must build through the reactor;
#   2. vpp-sim/run.sh on a temporary socket: waits until it answers a control_ping (.ci/ControlPing.java, raw
#      bytes, not vpp-client), stops it with SIGTERM and checks that the socket file is gone;
#   3. benchmarks/run.sh --short (in-process simulator): checks that it prints every figure line, the vpp-client
#      benchmark's, the engine benchmark's, the datastore benchmark's and the restore benchmark's;
#   4. the README's run command, ./run.sh --background, with no VPP socket given: it builds the distribution, starts
#      Karaf on a fresh home with the built-in simulator; checks that it says so, that the agent reached the
#      simulator and that RESTCONF answers; then ./run.sh --stop. (The Karaf end-to-end scenario itself is the
#      e2e module's test, part of './mvnw -B verify'.)
#   5. benchmarks/restconf.sh 100 against that Karaf before it stops: every line printed, nothing left behind.
#
# Maven runs online, exactly as the commands run for a user. Offline (-o) would be safe here only because
# './mvnw -B verify' ran first and left every third-party artifact in ~/.m2; a fresh machine may lack plugins
# that only these commands use, so the commands themselves never pass -o. Online costs nothing when everything
# is cached: Maven only goes to the network for what ~/.m2 lacks. Set MAVEN_ARGS=-o to try it offline.
#
# WARNING when run by hand: step 1 deletes ~/.m2/repository/io/nsmvpp (the next './mvnw install' puts it back).
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh

started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/nsm-vpp-smoke.XXXXXX")
sim_pid=
sim_group=

say() { echo "smoke [$((SECONDS - started))s]: $*"; }
fail() {
    echo "smoke [$((SECONDS - started))s]: FAILED: $*" >&2
    exit 1
}
karaf_home=
cleanup() {
    if [ -n "$karaf_home" ]; then
        NSM_VPP_HOME=$karaf_home ./run.sh --stop >/dev/null 2>&1 || true
    fi
    # The simulator runs in a process group of its own (setsid below): whatever is left of it goes, the Maven
    # build it may still be running, or a JVM that outlived its script.
    if [ -n "$sim_group" ] && kill -0 -- "-$sim_group" 2>/dev/null; then
        kill -KILL -- "-$sim_group" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. Nothing of this project in the local repository.
repo=$HOME/.m2/repository/io/nsmvpp
say "removing $repo"
rm -rf "$repo"

# 2. The simulator as its own process.
sock=$work/sim/api.sock
say "vpp-sim/run.sh $sock"
setsid vpp-sim/run.sh "$sock" --seed 7 >"$work/sim.log" 2>&1 </dev/null &
sim_pid=$!
sim_group=$sim_pid
deadline=$((SECONDS + 150))
until [ -S "$sock" ]; do
    if ! kill -0 "$sim_pid" 2>/dev/null; then
        cat "$work/sim.log" >&2
        fail "vpp-sim/run.sh exited before it served $sock"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        cat "$work/sim.log" >&2
        fail "vpp-sim/run.sh did not create $sock within 150 s"
    fi
    sleep 1
done
say "socket is there; control_ping"
if ! "$JAVA_HOME/bin/java" .ci/ControlPing.java "$sock" 30; then
    cat "$work/sim.log" >&2
    fail "vpp-sim did not answer control_ping on $sock"
fi
say "SIGTERM to the simulator (pid $sim_pid)"
kill -TERM "$sim_pid"
for _ in $(seq 1 100); do
    kill -0 "$sim_pid" 2>/dev/null || break
    sleep 0.2
done
kill -0 "$sim_pid" 2>/dev/null && fail "vpp-sim still running 20 s after SIGTERM"
rc=0
wait "$sim_pid" || rc=$?
cat "$work/sim.log"
# 143 = 128 + SIGTERM: the JVM ran its shutdown hooks and exited on the signal.
[ "$rc" -eq 143 ] || [ "$rc" -eq 0 ] || fail "vpp-sim exited with $rc after SIGTERM"
kill -0 -- "-$sim_group" 2>/dev/null && fail "a process of vpp-sim/run.sh outlived it (SIGTERM must reach the JVM)"
[ ! -e "$sock" ] || fail "socket file $sock still there after SIGTERM"
# On a shared machine another build may install into ~/.m2 meanwhile: check that the classpath came from the tree.
from_tree() {
    if grep -q "$repo/" "$1"; then
        tr ':' '\n' <"$1" | grep "$repo/" >&2
        fail "$2 took this project's artifacts from $repo, not from the reactor"
    fi
}
from_tree vpp-sim/target/classpath.txt vpp-sim/run.sh
say "vpp-sim/run.sh: served, answered control_ping, stopped on SIGTERM and removed its socket"

# 3. The benchmark, short mode, against the in-process simulator (VPP_API_SOCKET unset).
say "benchmarks/run.sh --short"
rc=0
# Both benchmarks, and the engine built first: 600 s leaves room for a machine shared with other builds.
env -u VPP_API_SOCKET timeout 600 benchmarks/run.sh --short >"$work/bench.log" 2>&1 </dev/null || rc=$?
cat "$work/bench.log"
[ "$rc" -eq 0 ] || fail "benchmarks/run.sh --short exited with $rc"
from_tree benchmarks/target/classpath.txt benchmarks/run.sh
# Each summary comes after its heading; each figure line is '  <label>  <number>...'.
sed -n '/^vpp-client benchmark/,/^engine benchmark/p' "$work/bench.log" >"$work/summary"
sed -n '/^engine benchmark/,/^datastore benchmark/p' "$work/bench.log" >"$work/engine-summary"
sed -n '/^datastore benchmark/,/^restore benchmark/p' "$work/bench.log" >"$work/datastore-summary"
sed -n '/^restore benchmark/,$p' "$work/bench.log" >"$work/restore-summary"
missing=0
check_lines() {
    local summary=$1
    shift
    for label in "$@"; do
        if ! awk -v l="  $label" 'index($0, l) == 1 && substr($0, length(l) + 1) ~ /^ +[-+]?[0-9]/ { found = 1 }
                END { exit !found }' "$summary"; then
            echo "smoke: no figure line '$label' in $(basename "$summary")" >&2
            missing=1
        fi
    done
}
check_lines "$work/summary" \
    "sync control_ping" \
    "sync create_loopback+delete_loopback pairs" \
    "pipelined create+delete pairs (batches of 100)" \
    "dump+decode sw_interface_dump, 1,001 interfaces" \
    "dump+decode sw_interface_dump, 10,001 interfaces" \
    "in-process decode sw_interface_details" \
    "in-process frames+decode, details in a stream"
engine_labels=()
for count in 100 1,000; do
    for kind in "loop/loop" "memif/loop, own socket" "memif/loop, shared socket"; do
        for mode in "1 per txn" "all in 1 txn"; do
            engine_labels+=("create $kind, $count conns, $mode" "delete $kind, $count conns, $mode")
        done
    done
done
check_lines "$work/engine-summary" "${engine_labels[@]}" \
    "engine/raw time, all lines above" \
    "create loop/loop, 1 conn at a time, 10 times" "delete memif/loop, own socket, 1 conn at a time, 10 times" \
    "heap per connection, loop/loop, 1,000 conns" \
    "heap per connection, memif/loop, own socket, 1,000 conns"
datastore_labels=()
for count in 100 1,000; do
    for kind in "loop/loop" "memif/loop, own socket"; do
        for mode in "1 per txn" "all in 1 txn"; do
            datastore_labels+=("create $kind, $count conns, $mode" "delete $kind, $count conns, $mode")
        done
    done
done
check_lines "$work/datastore-summary" "${datastore_labels[@]}" \
    "create loop/loop, 1 conn at a time, 10 times" "delete loop/loop, 1 conn at a time, 10 times" \
    "prune memif/loop, shared socket, 100 conns expiring at once"
restore_labels=()
for count in 100 1,000; do
    restore_labels+=("restore, empty config, $count conns" "adopt, persisted config, $count conns"
        "heap per restored connection, $count conns" "heap per adopted connection, $count conns"
        "prune, $count conns expiring at once" "reaper pass, nothing due, $count conns")
done
check_lines "$work/restore-summary" "${restore_labels[@]}" "restore vs target (10,000 conns in 2,000 ms)"
[ "$missing" -eq 0 ] || fail "benchmarks/run.sh --short did not print every figure line"
say "benchmarks/run.sh --short: every figure line printed"
# 4. The README's run command.
karaf_home=$work/karaf
say "./run.sh --background (NSM_VPP_HOME=$karaf_home, no VPP_API_SOCKET)"
rc=0
env -u VPP_API_SOCKET NSM_VPP_HOME="$karaf_home" timeout 1500 ./run.sh --background >"$work/run.log" 2>&1 </dev/null \
    || rc=$?
cat "$work/run.log"
[ "$rc" -eq 0 ] || { tail -n 40 "$karaf_home/data/log/karaf.log" >&2 || true; fail "./run.sh --background exited with $rc"; }
grep -q 'VPP       SIMULATED' "$work/run.log" || fail "./run.sh did not say that the built-in simulator stands in"
grep -q 'agent     connected to VPP' "$work/run.log" || fail "the agent did not reach the built-in simulator"
code=$(curl -s -o "$work/state.json" -w '%{http_code}' -u admin:admin -H 'Accept: application/yang-data+json' \
    'http://127.0.0.1:8181/rests/data/nsm-vpp:nsm-vpp/state/vpp-connection?content=nonconfig') || code=000
[ "$code" = 200 ] && grep -q '"simulated":true' "$work/state.json" \
    || fail "RESTCONF did not show the simulated VPP connection (HTTP $code: $(cat "$work/state.json" 2>/dev/null))"
say "./run.sh: built, started with the built-in simulator, answered RESTCONF"
# 5. benchmarks/restconf.sh against that Karaf, with a small batch: it checks every answer itself; here, that it
#    printed all its lines and left nothing of its own behind.
say "benchmarks/restconf.sh 100"
rc=0
timeout 300 benchmarks/restconf.sh 100 >"$work/restconf.log" 2>&1 </dev/null || rc=$?
cat "$work/restconf.log"
[ "$rc" -eq 0 ] || fail "benchmarks/restconf.sh exited with $rc"
[ "$(grep -c ' conn/s$' "$work/restconf.log")" -eq 18 ] || fail "benchmarks/restconf.sh did not print its 18 lines"
code=$(curl -s -o "$work/config.json" -w '%{http_code}' -u admin:admin -H 'Accept: application/yang-data+json' \
    'http://127.0.0.1:8181/rests/data/nsm-vpp:nsm-vpp?content=config') || code=000
[ "$code" = 200 ] || fail "RESTCONF did not return the configuration after benchmarks/restconf.sh (HTTP $code)"
! grep -q 'bench-rc-' "$work/config.json" || fail "benchmarks/restconf.sh left connections in the configuration"
say "benchmarks/restconf.sh: every line printed, nothing left behind"
NSM_VPP_HOME=$karaf_home ./run.sh --stop
[ ! -f "$karaf_home/nsm-vpp.pid" ] || fail "./run.sh --stop left Karaf's pid file"
karaf_home=
say "./run.sh --stop: stopped"
say "all documented commands passed in $((SECONDS - started)) s"
