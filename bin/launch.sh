#!/usr/bin/env bash
# Shared by ./termite and ./termitec: builds the compiler, runtime and library when any
# source changed since the last build, then runs the given main class with them.
#   usage: bin/launch.sh MAIN_CLASS [ARGS...]
# TERMITE_NO_BUILD=1 skips the check and the build (tests that run the launchers inside a Maven build).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
main=$1
shift
state=$root/.termite-build
stamp=$state/stamp
mkdir -p "$state"

stale() {
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$root/pom.xml" "$root"/{runtime,compiler,scheme-lib}/pom.xml "$root"/{runtime,compiler,scheme-lib}/src/main \
      -type f -newer "$stamp" -print -quit)" ]
}

if [ -z "${TERMITE_NO_BUILD:-}" ] && stale; then
  (
    flock 9
    if stale; then
      touch "$state/building"
      echo "termite: building (mvn package)..." >&2
      if ! (cd "$root" && mvn -q -B -DskipTests package -pl runtime,compiler,scheme-lib >"$state/build.log" 2>&1); then
        cat "$state/build.log" >&2
        echo "termite: build failed (log: $state/build.log)" >&2
        exit 1
      fi
      mv "$state/building" "$stamp"
    fi
  ) 9>"$state/lock"
fi

deps=$(tr ':' '\n' <"$root/compiler/target/classpath.txt" | grep -v '/org/termite/' | paste -sd: -)
cp=$root/runtime/target/classes:$root/compiler/target/classes:$root/scheme-lib/target/classes:$deps
# Standard output is line-buffered when it is a terminal; the shell knows that for certain, Java 17 does not.
if [ -t 1 ]; then terminal=true; else terminal=false; fi
exec java -Xss16m -Dtermite.stdout.terminal=$terminal ${TERMITE_JAVA_OPTS:-} -cp "$cp" "$main" "$@"
