#!/bin/sh
# Runs @JAR@, a Termite program made by termitec --launcher, as `java -jar @JAR@ ARGS...` does, but starts faster:
# the JVM loads the runtime's classes from a class-data archive, @ARCHIVE@, where they are already parsed and
# verified. An archive belongs to one jar and one JDK: this script makes it again (a second or so, once) when it
# is missing or either is newer than it. Without write access to this folder the program runs without it.
# It also chooses the parallel collector (see LauncherWriter.OPTIONS; TERMITE_JAVA_OPTS=-XX:-UseParallelGC undoes
# that). TERMITE_JAVA_OPTS adds options of the JVM (e.g. -Xmx8g); TERMITE_CDS=0 runs without the archive.
self=$(readlink -f "$0" 2>/dev/null) || self=$0
here=$(dirname "$self")
jar=$here/@JAR@
archive=$here/@ARCHIVE@
java=java
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java=$JAVA_HOME/bin/java

stale() {
  [ -f "$archive" ] || return 0
  [ "$jar" -nt "$archive" ] && return 0
  bin=$(readlink -f "$(command -v "$java")" 2>/dev/null) || return 1
  [ "$bin" -nt "$archive" ] && return 0
  [ "$(dirname "$bin")/../lib/server/libjvm.so" -nt "$archive" ] && return 0
  return 1
}

if [ -t 1 ]; then terminal=true; else terminal=false; fi
if [ "${TERMITE_CDS:-1}" != 0 ]; then
  if stale && [ -w "$here" ]; then
    tmp=$archive.$$
    if "$java" -XX:ArchiveClassesAtExit="$tmp" -cp "$jar" org.termite.runtime.boot.ArchiveTraining >/dev/null 2>&1 \
        && [ -s "$tmp" ]; then
      mv -f "$tmp" "$archive"
    else
      rm -f "$tmp"
    fi
  fi
  if [ -f "$archive" ]; then
    # shellcheck disable=SC2086
    exec "$java" -XX:SharedArchiveFile="$archive" '-Xlog:cds*=off' @OPTIONS@ -Dtermite.stdout.terminal=$terminal \
      ${TERMITE_JAVA_OPTS:-} -jar "$jar" "$@"
  fi
fi
# shellcheck disable=SC2086
exec "$java" @OPTIONS@ -Dtermite.stdout.terminal=$terminal ${TERMITE_JAVA_OPTS:-} -jar "$jar" "$@"
