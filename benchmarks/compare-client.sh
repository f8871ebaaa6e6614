#!/bin/sh
#
# Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
# Compares this tree's vpp-client with the vpp-client of an earlier commit, in one sitting: the same benchmark
# classes (this tree's VppClientBenchmark, with its JMH DecoderBenchmark) run with one vpp-client and then the other
# on the classpath, in the order A B B A, so that a machine growing busier or quieter during the sitting weighs on
# both alike. Then one line per figure: each side's two results and the ratio of their means (this tree / earlier).
#
#   benchmarks/compare-client.sh [REV] [--short]
#
# REV defaults to f6786a2, the last commit whose message records were written by hand (issue 11 generates them
# from descriptions since 7af038e). Against the real VPP whose API socket VPP_API_SOCKET names when it is set, as
# benchmarks/run.sh. The earlier vpp-client is built from `git archive REV` in a scratch folder, checks skipped; the
# benchmark code itself is this tree's, so REV's vpp-client must offer the calls it makes (it fails loudly if not).
# See docs/benchmarks.md.
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
rev=f6786a2
args=
for arg in "$@"; do
    case "$arg" in
        -*) args="$args $arg" ;;
        *) rev=$arg ;;
    esac
done
git rev-parse --verify -q "$rev^{commit}" >/dev/null || { echo "compare-client.sh: no commit $rev" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git archive "$rev" | tar -x -C "$scratch"
echo "building vpp-client of $(git log -1 --format='%h %s' "$rev" | cut -c1-100)"
(cd "$scratch" && ./mvnw -B -q -Pq -pl vpp-client -am package)
./mvnw -B -q -Pq -pl benchmarks -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt
today=$(cat benchmarks/target/classpath.txt)
case ":$today:" in
    *":$PWD/vpp-client/target/classes:"*) ;;
    *) echo "compare-client.sh: vpp-client/target/classes is not on the benchmark's classpath" >&2; exit 1 ;;
esac
earlier=$(printf '%s' "$today" | sed "s#$PWD/vpp-client/target/classes#$scratch/vpp-client/target/classes#")
jvm=
if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
    jvm="--sun-misc-unsafe-memory-access=allow"
fi
run() {
    # $1: the label of the side, $2: its classpath; figures go to $scratch/$1.out, one run after the other.
    echo "== vpp-client of $1"
    # $args and $jvm hold only single-word options: word splitting is what we want here.
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" -Xms512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn $jvm \
        -cp "benchmarks/target/classes:$2" io.nsmvpp.benchmarks.VppClientBenchmark $args >"$scratch/run.out"
    sed -n '/^vpp-client benchmark/,$p' "$scratch/run.out" | tee -a "$scratch/$1.out"
}
run "$rev" "$earlier"
run today "$today"
run today "$today"
run "$rev" "$earlier"
echo
echo "figure: $rev, $rev | today, today | today/$rev (means; for ms lower is faster, for /s higher)"
# A figure line is its label padded to 52 columns, then the number; the first number after the label is the figure.
awk -v rev="$rev" '
    function figure(line,    text) {
        text = substr(line, 56)
        sub(/^ +/, "", text)
        split(text, word, " ")
        gsub(/,/, "", word[1])
        return word[1] + 0
    }
    FNR == 1 { side++ }
    /^  [a-z]/ && length($0) > 56 {
        label = substr($0, 3, 52)
        sub(/ +$/, "", label)
        if (!(label in seen)) { seen[label] = 1; order[++n] = label }
        value[side, label] = value[side, label] (value[side, label] == "" ? "" : ", ") figure($0)
        sum[side, label] += figure($0)
        count[side, label]++
    }
    END {
        for (i = 1; i <= n; i++) {
            l = order[i]
            if (count[1, l] == 0 || count[2, l] == 0 || sum[1, l] == 0) continue
            printf "  %-52s %s | %s | %.2f\n", l, value[1, l], value[2, l],
                (sum[2, l] / count[2, l]) / (sum[1, l] / count[1, l])
        }
    }' "$scratch/$rev.out" "$scratch/today.out"
