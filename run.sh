#!/usr/bin/env bash
#
# Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
# Runs nsm-vpp: the Karaf distribution with RESTCONF, NETCONF, the OpenAPI explorer and the odl-nsm-vpp feature.
#
#   ./run.sh                  builds, starts, configures, prints where everything answers; Ctrl-C stops it
#   ./run.sh --background     the same, but returns once nsm-vpp is up and leaves Karaf running
#   ./run.sh --stop           stops a Karaf that --background left running
#   ./run.sh --fresh ...      starts from a clean copy of the distribution: the datastore and logs go
#
#   VPP_API_SOCKET=/run/vpp/api.sock ./run.sh     nsm-vpp drives the VPP behind that socket; without it, the
#                                                 built-in VPP simulator stands in for VPP (nothing real is touched)
#
# 1. Builds the distribution through the reactor (-am: this tree's modules, never ~/.m2's copies), checks and tests
#    skipped (-Pq). The first build downloads about 400 MB from Maven Central and takes several minutes.
# 2. Copies karaf-distribution/target/assembly to NSM_VPP_HOME (default: run/karaf), keeping what a previous run left
#    there (the datastore, logs); a changed build clears Karaf's bundle cache so that the new bundles are used.
#    A later build never rewrites files under a running Karaf.
# 3. Starts Karaf (bin/karaf server) with a JDK >= 21 (.mvn/select-jdk.sh; Java 25 works, see DESIGN §7).
# 4. Once RESTCONF answers, writes /nsm-vpp/vpp: api-socket = VPP_API_SOCKET and use-simulator = false, or, without
#    VPP_API_SOCKET, use-simulator = true on a socket of its own (NSM_VPP_HOME/vpp-sim.sock). Then waits until the
#    agent reports VPP connected in operational state, and prints the addresses, the credentials and the timings.
#
# Environment: NSM_VPP_HOME, NSM_VPP_SKIP_BUILD=1 (use the last build), NSM_VPP_USER / NSM_VPP_PASSWORD (what the
# script logs in with, default admin / admin), NSM_VPP_START_TIMEOUT (seconds until RESTCONF must answer, default
# 900), MAVEN_ARGS (extra Maven arguments, e.g. -o or -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")"
repo=$PWD
. ./.mvn/select-jdk.sh

mode=foreground
fresh=
while [ $# -gt 0 ]; do
    case $1 in
        --background) mode=background ;;
        --stop) mode=stop ;;
        --fresh) fresh=1 ;;
        -h|--help) sed -n '9,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (see ./run.sh --help)" >&2; exit 2 ;;
    esac
    shift
done

home=${NSM_VPP_HOME:-$repo/run/karaf}
case $home in /*) ;; *) home=$repo/$home ;; esac
user=${NSM_VPP_USER:-admin}
password=${NSM_VPP_PASSWORD:-admin}
restconf=http://127.0.0.1:8181/rests
pidfile=$home/nsm-vpp.pid
dist=$repo/karaf-distribution/target/assembly
started=$SECONDS

say() { echo "nsm-vpp [$((SECONDS - started))s]: $*"; }
die() { echo "nsm-vpp [$((SECONDS - started))s]: ERROR: $*" >&2; exit 1; }
running_pid() {
    local pid
    [ -f "$pidfile" ] && pid=$(cat "$pidfile") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}
stop_karaf() {
    local pid=$1
    say "stopping Karaf (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "Karaf did not stop within 60 s of SIGTERM; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

if [ "$mode" = stop ]; then
    pid=$(running_pid) || { say "no Karaf of $home is running"; exit 0; }
    stop_karaf "$pid"
    exit 0
fi

if pid=$(running_pid); then
    die "Karaf of $home already runs (pid $pid): ./run.sh --stop first"
fi
for port in 8181 2830; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        die "port $port is taken by another process (another OpenDaylight?): nsm-vpp needs 8181 (RESTCONF) and 2830 (NETCONF)"
    fi
done

# 1. Build.
if [ -z "${NSM_VPP_SKIP_BUILD-}" ]; then
    say "building the distribution (./mvnw -Pq -pl karaf-distribution -am package; the first build downloads ~400 MB)"
    ./mvnw -B -q -Pq -pl karaf-distribution -am package
fi
[ -x "$dist/bin/karaf" ] || die "no distribution at $dist: build it (without NSM_VPP_SKIP_BUILD)"
built=$SECONDS

# 2. Install into NSM_VPP_HOME.
if [ -n "$fresh" ] && [ -d "$home" ]; then
    say "--fresh: removing $home"
    rm -rf "$home"
fi
stamp=$(cd "$dist" && find . -path ./data -prune -o -type f -printf '%P %s %T@\n' | sort | md5sum | cut -d' ' -f1)
if [ ! -d "$home" ]; then
    say "installing the distribution into $home"
    mkdir -p "$(dirname "$home")"
    cp -a "$dist" "$home"
    echo "$stamp" >"$home/.nsm-vpp-build"
elif [ "$(cat "$home/.nsm-vpp-build" 2>/dev/null)" != "$stamp" ]; then
    say "updating $home from the new build (its datastore and logs stay; Karaf's bundle cache is cleared)"
    cp -a "$dist/." "$home/"
    rm -rf "$home/data/cache"
    echo "$stamp" >"$home/.nsm-vpp-build"
fi

# 3. Start Karaf.
mkdir -p "$home/data/log"
console=$home/data/log/console.log
say "starting Karaf in $home with $JAVA_HOME (log: $home/data/log/karaf.log)"
karaf_started=$SECONDS
# KARAF_EXEC=exec: bin/karaf becomes the JVM (instead of its parent), so that SIGTERM to $pid stops Karaf.
export KARAF_EXEC=exec
if [ "$mode" = background ]; then
    setsid "$home/bin/karaf" server >"$console" 2>&1 </dev/null &
else
    "$home/bin/karaf" server >"$console" 2>&1 </dev/null &
fi
pid=$!
echo "$pid" >"$pidfile"
# Until nsm-vpp is up, any failure stops the Karaf just started (no broken Karaf left behind); then Ctrl-C does.
trap 'rc=$?; [ "$rc" -eq 0 ] || stop_karaf "$pid"' EXIT
if [ "$mode" = foreground ]; then
    trap 'echo; stop_karaf "$pid"; trap - EXIT; exit 0' INT TERM
fi
alive() {
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$console" >&2; die "Karaf exited (see $home/data/log/karaf.log)"; }
}

# 4. Configure /nsm-vpp/vpp once RESTCONF answers, with the nsm-vpp model loaded.
if [ -n "${VPP_API_SOCKET-}" ]; then
    socket=$VPP_API_SOCKET
    simulate=false
else
    socket=$home/vpp-sim.sock
    [ "${#socket}" -le 100 ] || socket=${TMPDIR:-/tmp}/nsm-vpp-sim-$(id -u).sock
    simulate=true
fi
body="{\"nsm-vpp:nsm-vpp\":{\"vpp\":{\"api-socket\":\"$socket\",\"use-simulator\":$simulate}}}"
limit=${NSM_VPP_START_TIMEOUT:-900}
say "waiting for RESTCONF on $restconf (first boot: 20-30 s on an idle 2-core machine, minutes on a busy one)"
deadline=$((SECONDS + limit))
while :; do
    alive
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" -X PATCH \
        -H 'Content-Type: application/yang-data+json' -H 'Accept: application/yang-data+json' \
        "$restconf/data/nsm-vpp:nsm-vpp" -d "$body" 2>/dev/null) || true
    # 401 is normal for a while: AAA creates its users (admin/admin) well after Jetty starts answering
    case $code in 2??) break ;; esac
    if [ "$SECONDS" -ge "$deadline" ]; then
        [ "$code" != 401 ] || die "RESTCONF still answers 401 after $limit s: wrong credentials? (NSM_VPP_USER / NSM_VPP_PASSWORD)"
        die "RESTCONF did not accept /nsm-vpp within $limit s (last HTTP status $code; NSM_VPP_START_TIMEOUT raises the limit)"
    fi
    sleep 1
done
restconf_at=$SECONDS
say "RESTCONF answers: $((restconf_at - karaf_started)) s after Karaf started; /nsm-vpp/vpp set"

# The agent reports whether it reaches VPP in operational state.
status=
deadline=$((SECONDS + 120))
while [ "$SECONDS" -lt "$deadline" ]; do
    alive
    state=$(curl -s -u "$user:$password" -H 'Accept: application/yang-data+json' \
        "$restconf/data/nsm-vpp:nsm-vpp/state/vpp-connection?content=nonconfig" 2>/dev/null) || true
    status=$(printf '%s' "$state" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
    if [ "$status" = connected ] && printf '%s' "$state" | grep -q "\"api-socket\":\"$socket\""; then
        break
    fi
    sleep 1
done
connected_at=$SECONDS

cat <<EOF

================================================================================================
 nsm-vpp is running (Karaf pid $pid, home $home)
   RESTCONF  $restconf/data/nsm-vpp:nsm-vpp      user $user, password $password
   OpenAPI   http://127.0.0.1:8181/openapi/explorer/index.html   (same credentials)
   NETCONF   ssh -p 2830 $user@127.0.0.1 -s netconf              (password $password)
   log       $home/data/log/karaf.log
EOF
if [ "$simulate" = true ]; then
    cat <<EOF
   VPP       SIMULATED: no VPP_API_SOCKET was given, so nsm-vpp's built-in VPP simulator serves
             $socket inside Karaf. Nothing reaches a real VPP; the simulated VPP's interfaces are
             lost when Karaf stops. For a real VPP: VPP_API_SOCKET=/run/vpp/api.sock ./run.sh
EOF
else
    echo "   VPP       $socket (VPP_API_SOCKET)"
fi
if [ "$status" = connected ]; then
    echo "   agent     connected to VPP: $((connected_at - karaf_started)) s after Karaf started"
else
    echo "   agent     NOT connected to VPP after 120 s (status: ${status:-unknown}); see the log"
fi
echo "   timings   build $((built - started)) s, Karaf start to RESTCONF $((restconf_at - karaf_started)) s"
if [ "$mode" = background ]; then
    echo "   stop      ./run.sh --stop"
    echo "================================================================================================"
    trap - EXIT
    exit 0
fi
echo "   stop      Ctrl-C"
echo "================================================================================================"
rc=0
wait "$pid" || rc=$?
trap - EXIT
rm -f "$pidfile"
die "Karaf exited by itself (status $rc); see $home/data/log/karaf.log"
