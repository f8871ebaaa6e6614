#!/bin/bash
#
# Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
# Connections written through RESTCONF, the way a forwarder or an operator writes them, against an nsm-vpp that
# ./run.sh --background started (with VPP_API_SOCKET for a real VPP, else the built-in simulator). Three ways to
# write the same loop/loop connections, each created and then deleted, each a few rounds:
#   - many connections in one request: one PATCH of /nsm-vpp (one transaction), deleted with one YANG PATCH;
#   - one connection per request, one client after the other (PUT, DELETE; curl keeps the connection open);
#   - one connection per request from 8 clients at once.
# Prints each round's time and rate. See docs/benchmarks.md ("Through RESTCONF").
#
#   benchmarks/restconf.sh [BATCH]     BATCH connections per PATCH, default 1000 (at most 2,000 per transaction)
#
# NSM_VPP_RESTCONF (default http://127.0.0.1:8181/rests), NSM_VPP_USER / NSM_VPP_PASSWORD (admin/admin). It sets
# forwarder-name to bench-restconf when none is set, uses connection ids starting with bench-rc-, and deletes what
# it created; do not point it at an agent in service.
set -euo pipefail
restconf=${NSM_VPP_RESTCONF:-http://127.0.0.1:8181/rests}
auth=${NSM_VPP_USER:-admin}:${NSM_VPP_PASSWORD:-admin}
batch=${1:-1000}
rounds=3
single=200
clients=8
per_client=50
data=$restconf/data/nsm-vpp:nsm-vpp
json='Content-Type: application/yang-data+json'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# line WHAT COUNT MILLIS
line() { awk -v what="$1" -v n="$2" -v ms="$3" 'BEGIN { printf "  %-58s %6d ms  %7.0f conn/s\n", what, ms, n * 1000 / ms }'; }
entry() { printf '{"id":"bench-rc-%s","expires-at":"2099-01-01T00:00:00Z","client":{"loopback":{}},"server":{"loopback":{}}}' "$1"; }
# expect CODE FILE: every status in FILE (one per line) is CODE
expect() {
    local bad
    bad=$(grep -vc "^$1\$" "$2" || true)
    [ "$bad" -eq 0 ] || { echo "restconf.sh: $bad request(s) did not answer $1: $(sort "$2" | uniq -c | tr '\n' ' ')" >&2; exit 1; }
}

code=$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" -H 'Accept: application/yang-data+json' \
    "$data/forwarder-name") || true
case $code in
    200) ;;
    409|404) curl -sf -o /dev/null -u "$auth" -X PUT -H "$json" "$data/forwarder-name" \
                 -d '{"nsm-vpp:forwarder-name":"bench-restconf"}' ;;
    *) echo "restconf.sh: nsm-vpp does not answer at $data (HTTP $code): start it with ./run.sh --background" >&2
       exit 1 ;;
esac

# One request, many connections.
{
    printf '{"nsm-vpp:nsm-vpp":{"connection":['
    for i in $(seq 1 "$batch"); do [ "$i" -eq 1 ] || printf ','; entry "b$i"; done
    printf ']}}'
} >"$work/create.json"
{
    printf '{"ietf-yang-patch:yang-patch":{"patch-id":"bench-rc-delete","edit":['
    for i in $(seq 1 "$batch"); do
        [ "$i" -eq 1 ] || printf ','
        printf '{"edit-id":"e%d","operation":"delete","target":"/connection=bench-rc-b%d"}' "$i" "$i"
    done
    printf ']}}'
} >"$work/delete.json"
echo "RESTCONF at $restconf"
for round in $(seq 1 $rounds); do
    start=$(now_ms)
    curl -s -o /dev/null -w '%{http_code}\n' -u "$auth" -X PATCH -H "$json" "$data" \
        --data-binary @"$work/create.json" >"$work/codes"
    expect 200 "$work/codes"
    line "create $batch in one PATCH, round $round" "$batch" $(( $(now_ms) - start ))
    start=$(now_ms)
    curl -s -o /dev/null -w '%{http_code}\n' -u "$auth" -X PATCH -H 'Content-Type: application/yang-patch+json' \
        -H 'Accept: application/yang-data+json' "$data" --data-binary @"$work/delete.json" >"$work/codes"
    expect 200 "$work/codes"
    line "delete $batch in one YANG PATCH, round $round" "$batch" $(( $(now_ms) - start ))
done

# requests FIRST COUNT put|delete: curl arguments for COUNT requests, one connection each, on one connection
requests() {
    local i args=()
    for i in $(seq "$1" $(( $1 + $2 - 1 ))); do
        [ "$i" -eq "$1" ] || args+=(--next)
        args+=(-s -o /dev/null -w '%{http_code}\n' -u "$auth")
        if [ "$3" = put ]; then
            args+=(-X PUT -H "$json" "$data/connection=bench-rc-s$i" -d "{\"nsm-vpp:connection\":[$(entry "s$i")]}")
        else
            args+=(-X DELETE "$data/connection=bench-rc-s$i")
        fi
    done
    printf '%s\0' "${args[@]}"
}
for round in $(seq 1 $rounds); do
    for op in put delete; do
        want=201
        [ "$op" = put ] || want=204
        requests 1 "$single" "$op" >"$work/args"
        start=$(now_ms)
        xargs -0 -s 1048576 curl <"$work/args" >"$work/codes"
        expect "$want" "$work/codes"
        line "$op $single, one per request, one client, round $round" "$single" $(( $(now_ms) - start ))
        for c in $(seq 0 $(( clients - 1 ))); do
            requests $(( single + 1 + c * per_client )) "$per_client" "$op" >"$work/args.$c"
        done
        start=$(now_ms)
        for c in $(seq 0 $(( clients - 1 ))); do
            xargs -0 -s 1048576 curl <"$work/args.$c" >"$work/codes.$c" &
        done
        wait
        cat "$work"/codes.* >"$work/codes"
        expect "$want" "$work/codes"
        line "$op $(( clients * per_client )), one per request, $clients clients, round $round" \
            $(( clients * per_client )) $(( $(now_ms) - start ))
    done
done
