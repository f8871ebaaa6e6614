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
#   ./run.sh --controller ... the same distribution as an OpenDaylight controller that mounts agents over NETCONF:
#                             boot features odl-netconf-topology and odl-restconf-nb (no nsm-vpp), its own home
#                             (run/controller) and ports (RESTCONF 9181, 9182, Pekko 3550, 9101, 2099, 45444), so it
#                             runs beside the agent; it prints the request that mounts the agent
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
#    A controller instead waits until its NETCONF topology answers, and prints how to mount the agent.
#
# Environment: NSM_VPP_HOME (default run/karaf, with --controller run/controller), NSM_VPP_SKIP_BUILD=1 (use the
# last build), NSM_VPP_USER / NSM_VPP_PASSWORD (what the script logs in with, default admin / admin),
# NSM_VPP_START_TIMEOUT (seconds until RESTCONF must answer, default 900), MAVEN_ARGS (extra Maven arguments, e.g. -o
# or -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")"
repo=$PWD
. ./.mvn/select-jdk.sh

mode=foreground
fresh=
role=agent
while [ $# -gt 0 ]; do
    case $1 in
        --background) mode=background ;;
        --stop) mode=stop ;;
        --fresh) fresh=1 ;;
        --controller) role=controller ;;
        -h|--help) sed -n '9,37p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (see ./run.sh --help)" >&2; exit 2 ;;
    esac
    shift
done

if [ "$role" = controller ]; then
    home=${NSM_VPP_HOME:-$repo/run/controller}
    http_port=9181
    ports="9181 3550"
else
    home=${NSM_VPP_HOME:-$repo/run/karaf}
    http_port=8181
    ports="8181 2830"
fi
case $home in /*) ;; *) home=$repo/$home ;; esac
user=${NSM_VPP_USER:-admin}
password=${NSM_VPP_PASSWORD:-admin}
restconf=http://127.0.0.1:$http_port/rests
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

# A home is either an agent's or a controller's, for good: a controller home carries the marker .nsm-vpp-controller.
if [ -d "$home" ]; then
    if [ "$role" = controller ] && [ ! -f "$home/.nsm-vpp-controller" ]; then
        die "$home is an agent's home, not a controller's: give the controller its own NSM_VPP_HOME"
    elif [ "$role" = agent ] && [ -f "$home/.nsm-vpp-controller" ]; then
        die "$home is a controller's home: use ./run.sh --controller, or another NSM_VPP_HOME for the agent"
    fi
fi

if [ "$mode" = stop ]; then
    pid=$(running_pid) || { say "no Karaf of $home is running"; exit 0; }
    stop_karaf "$pid"
    exit 0
fi

if pid=$(running_pid); then
    die "Karaf of $home already runs (pid $pid): ./run.sh --stop first"
fi
for port in $ports; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        if [ "$role" = controller ]; then
            die "port $port is taken by another process (another controller?): a controller needs 9181 and 3550"
        fi
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

# A controller is the same distribution with other boot features and every port moved (DESIGN §7.1), so that it runs
# beside an agent on one machine. Rewritten after every copy of the distribution (idempotent); Karaf writes the
# RESTCONF .cfg and pekko.conf only at first boot, and only when they are absent.
make_controller() {
    local h=$1
    local boot='framework, standard, ssh, scr, wrap, odl-netconf-topology, odl-restconf-nb, odl-nsm-vpp-aaa-guard'
    sed -i "s/^featuresBoot *=.*/featuresBoot = $boot/" "$h/etc/org.apache.karaf.features.cfg"
    sed -i 's/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = 9181/' "$h/etc/org.ops4j.pax.web.cfg"
    sed -i 's/"jetty.port" default="8181"/"jetty.port" default="9181"/' "$h/etc/jetty.xml"
    sed -i 's/^sshPort *=.*/sshPort = 9101/' "$h/etc/org.apache.karaf.shell.cfg"
    sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 2099/; s/^rmiServerPort *=.*/rmiServerPort = 45444/' \
        "$h/etc/org.apache.karaf.management.cfg"
    printf '# nsm-vpp controller: the Netty RESTCONF server moves off 8182, the port of the agent\nbind-port=9182\n' \
        >"$h/etc/org.opendaylight.restconf.nb.rfc8040.cfg"
    mkdir -p "$h/configuration/initial"
    local template
    template=$(ls "$h"/system/org/opendaylight/controller/sal-clustering-config/*/sal-clustering-config-*-pekkoconf.xml)
    sed 's/2550/3550/g' "$template" >"$h/configuration/initial/pekko.conf"
    touch "$h/.nsm-vpp-controller"
}

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
    [ "$role" = agent ] || make_controller "$home"
    echo "$stamp" >"$home/.nsm-vpp-build"
elif [ "$(cat "$home/.nsm-vpp-build" 2>/dev/null)" != "$stamp" ]; then
    say "updating $home from the new build (its datastore and logs stay; Karaf's bundle cache is cleared)"
    cp -a "$dist/." "$home/"
    [ "$role" = agent ] || make_controller "$home"
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
limit=${NSM_VPP_START_TIMEOUT:-900}
# Once up: in the background, return and leave Karaf running; in the foreground, wait until Ctrl-C or Karaf's end.
hold() {
    if [ "$mode" = background ]; then
        echo "   stop      ./run.sh${1:+ $1} --stop"
        echo "================================================================================================"
        trap - EXIT
        exit 0
    fi
    echo "   stop      Ctrl-C"
    echo "================================================================================================"
    local rc=0
    wait "$pid" || rc=$?
    trap - EXIT
    rm -f "$pidfile"
    die "Karaf exited by itself (status $rc); see $home/data/log/karaf.log"
}

# 4a. A controller is up once its NETCONF topology answers over RESTCONF.
if [ "$role" = controller ]; then
    say "waiting for the NETCONF topology on $restconf (first boot: 20-30 s on an idle 2-core machine)"
    topology=$restconf/data/network-topology:network-topology/topology=topology-netconf
    deadline=$((SECONDS + limit))
    while :; do
        alive
        code=$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" -H 'Accept: application/yang-data+json' \
            "$topology?content=nonconfig" 2>/dev/null) || true
        case $code in 2??) break ;; esac
        [ "$SECONDS" -lt "$deadline" ] \
            || die "the controller's RESTCONF did not answer within $limit s (last HTTP status $code)"
        sleep 1
    done
    cat <<EOF

================================================================================================
 OpenDaylight controller is running (Karaf pid $pid, home $home)
   RESTCONF  $restconf/data/network-topology:network-topology      user $user, password $password
   mount     an agent (./run.sh) as node agent1, then use .../node=agent1/yang-ext:mount/nsm-vpp:nsm-vpp:
             curl -u $user:$password -X PUT -H 'Content-Type: application/yang-data+json' \\
               $topology/node=agent1 \\
               -d '{"network-topology:node":[{"node-id":"agent1","netconf-node-topology:netconf-node":{
                    "host":"127.0.0.1","port":2830,"tcp-only":false,
                    "login-password-unencrypted":{"username":"admin","password":"admin"}}}]}'
   log       $home/data/log/karaf.log
   timings   build $((built - started)) s, Karaf start to RESTCONF $((SECONDS - karaf_started)) s
EOF
    hold --controller
fi

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
hold
