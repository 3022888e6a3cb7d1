#!/usr/bin/env bash
# Shared by ./termite and ./termitec: builds the compiler, runtime and library when any
# source changed since the last build, then runs the given main class with them.
#   usage: bin/launch.sh MAIN_CLASS [ARGS...]
# TERMITE_NO_BUILD=1 skips the check and the build (tests that run the launchers inside a Maven build); the
# classes then come from target/classes, and no class-data archive is used.
# TERMITE_CDS=0 runs without the class-data archive.
#
# The JVM starts from a class-data archive (AppCDS) of the classes a short program loads: the runtime, the
# library, the compiler, made once after each build by running bin/archive-training.scm with
# -XX:ArchiveClassesAtExit. It holds them parsed and verified, which takes a third off `termite run`'s start-up.
# The archive only covers classes from jars, so the launcher runs the jars the build made. It is made again when
# a jar or the java command is newer than it; the JVM itself checks the rest and ignores an archive that does not
# match (quietly: -Xlog:cds*=off).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
main=$1
shift
state=$root/.termite-build
stamp=$state/stamp
archive=$state/termite.jsa
mkdir -p "$state"

jars=()
for module in runtime compiler scheme-lib; do
  jars+=("$(ls "$root/$module"/target/termite-"$module"-*.jar 2>/dev/null | grep -v -- '-sources\|-javadoc' | head -1 || true)")
done

stale() {
  [ -f "$stamp" ] || return 0
  local jar
  for jar in "${jars[@]}"; do
    [ -n "$jar" ] && [ -f "$jar" ] || return 0
  done
  [ -n "$(find "$root/pom.xml" "$root"/{runtime,compiler,scheme-lib}/pom.xml "$root"/{runtime,compiler,scheme-lib}/src/main \
      -type f -newer "$stamp" -print -quit)" ]
}

deps() { tr ':' '\n' <"$root/compiler/target/classpath.txt" | grep -v '/org/termite/\|/target/' | paste -sd: -; }

java_command() { readlink -f "$(command -v java)"; }

# The archive is older than a jar of the class path or than the java command.
archive_stale() {
  [ -f "$archive" ] || return 0
  local f
  for f in "${jars[@]}" $(deps | tr ':' ' ') "$(java_command)"; do
    [ "$f" -nt "$archive" ] && return 0
  done
  return 1
}

make_archive() { # class path
  local tmp=$archive.$$
  rm -f "$tmp"
  if java -Xss16m -XX:ArchiveClassesAtExit="$tmp" -cp "$1" org.termite.compiler.cli.TermiteMain run \
      "$root/bin/archive-training.scm" >"$state/archive.log" 2>&1 && [ -s "$tmp" ]; then
    mv -f "$tmp" "$archive"
  else
    rm -f "$tmp"
    echo "termite: could not make the class-data archive (log: $state/archive.log); starting without it" >&2
    touch "$state/no-archive"
  fi
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
      rm -f "$archive" "$state/no-archive"
      mv "$state/building" "$stamp"
    fi
  ) 9>"$state/lock"
  jars=()
  for module in runtime compiler scheme-lib; do
    jars+=("$(ls "$root/$module"/target/termite-"$module"-*.jar | grep -v -- '-sources\|-javadoc' | head -1)")
  done
fi

cds=()
if [ -n "${TERMITE_NO_BUILD:-}" ]; then
  cp=$root/runtime/target/classes:$root/compiler/target/classes:$root/scheme-lib/target/classes:$(deps)
else
  cp=$(IFS=:; echo "${jars[*]}"):$(deps)
  if [ "${TERMITE_CDS:-1}" != 0 ] && [ ! -f "$state/no-archive" ]; then
    if archive_stale; then
      (
        flock 9
        if archive_stale; then
          echo "termite: making the class-data archive (once per build)..." >&2
          make_archive "$cp"
        fi
      ) 9>"$state/lock"
    fi
    [ -f "$archive" ] && cds=(-XX:SharedArchiveFile="$archive" '-Xlog:cds*=off')
  fi
fi
# Standard output is line-buffered when it is a terminal; the shell knows that for certain, Java 17 does not.
if [ -t 1 ]; then terminal=true; else terminal=false; fi
exec java -Xss16m ${cds[@]+"${cds[@]}"} -Dtermite.stdout.terminal=$terminal ${TERMITE_JAVA_OPTS:-} -cp "$cp" "$main" "$@"
