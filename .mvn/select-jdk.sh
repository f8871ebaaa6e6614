# Sourced (POSIX sh) by ./mvnw and by the run scripts: makes JAVA_HOME name a JDK >= 21.
#
# The OpenDaylight train this project builds on (odlparent 14) refuses Java < 21, while these
# machines default to Java 17. Order of preference:
#   1. JAVA_HOME, when it names a JDK >= 21;
#   2. the newest JDK >= 21 under /usr/lib/jvm (override the folder with NSM_VPP_JVM_DIR);
#   3. the java on PATH, when it is >= 21;
#   otherwise fail with a message saying what to install.

nsm_vpp_java_major() {
  # Prints the feature version of the JDK whose home is $1, or nothing.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

nsm_vpp_select_jdk() {
  _min=21
  if [ -n "${JAVA_HOME-}" ]; then
    _v=$(nsm_vpp_java_major "$JAVA_HOME")
    if [ -n "$_v" ] && [ "$_v" -ge "$_min" ]; then
      return 0
    fi
    echo "nsm-vpp: JAVA_HOME=$JAVA_HOME is Java ${_v:-unknown}, need >= $_min; looking for another JDK" >&2
  fi
  _best=
  _bestv=0
  # mvnw runs under 'set -f'; the JDK scan needs globbing for a moment.
  _noglob=
  case $- in *f*) _noglob=1; set +f ;; esac
  for _d in "${NSM_VPP_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -d "$_d" ] && [ ! -L "$_d" ] || continue
    _v=$(nsm_vpp_java_major "$_d")
    if [ -n "$_v" ] && [ "$_v" -ge "$_min" ] && [ "$_v" -gt "$_bestv" ]; then
      _best=$_d
      _bestv=$_v
    fi
  done
  [ -z "$_noglob" ] || set -f
  if [ -z "$_best" ] && command -v java >/dev/null 2>&1; then
    _home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    _v=$(nsm_vpp_java_major "$_home")
    if [ -n "$_v" ] && [ "$_v" -ge "$_min" ]; then
      _best=$_home
    fi
  fi
  if [ -z "$_best" ]; then
    echo "nsm-vpp: no JDK >= $_min found (JAVA_HOME, ${NSM_VPP_JVM_DIR:-/usr/lib/jvm}/*, PATH)." >&2
    echo "nsm-vpp: install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21/25, or set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME=$_best
  export JAVA_HOME
}

nsm_vpp_select_jdk || exit 1
