#!/usr/bin/env bash
# Start-up and first-run cost of a few r7rs programs with `java -jar`, in CPU as well as wall time, and the
# classes each run loads: what run.sh's cold column measures, with several runs and the CPU time, which a loaded
# machine disturbs less than the wall time. Each round runs every jar once, then Gambit's executable, so that
# they see the same load; a jar built by another checkout's termitec (BEFORE) runs in the same rounds.
# Not part of the Maven build.
#
#   usage: benchmarks/r7rs/cold.sh [PROGRAM...]   default: trivial (prints a number) string quicksort array1 deep
#   env:   ROUNDS     runs of each command (default 5)
#          BEFORE     another checkout's termitec, whose jars run alongside as "before" (default: none)
#          OUT        folder for sources, jars and binaries (default benchmarks/target/r7rs-cold)
#          JAVA_OPTS  extra options for the JVM
# Prints, per program, the mean wall and CPU (user + system) seconds of each command, the jar's classes
# loaded (-Xlog:class+load) and the wall-time ratio to Gambit.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bench=$(dirname "$here")
root=$(dirname "$bench")
out=${OUT:-$bench/target/r7rs-cold}
rounds=${ROUNDS:-5}
programs=("$@")
[ ${#programs[@]} -eq 0 ] && programs=(trivial string quicksort array1 deep)
mkdir -p "$out"

source_of() { # impl program: the same text run.sh compiles; "trivial" prints a number
  if [ "$2" = trivial ]; then
    echo '(display 42) (newline)'
  else
    cat "$bench/prelude/$1" "$here/prelude/$1" "$here/harness.scm" "$here/$2.scm"
  fi
}

kinds=(after)
[ -n "${BEFORE:-}" ] && kinds=(before after)
for p in "${programs[@]}"; do
  source_of termite.scm "$p" >"$out/$p.scm"
  "$root/termitec" -o "$out/$p.after.jar" "$out/$p.scm" || exit 1
  [ -n "${BEFORE:-}" ] && { "$BEFORE" -o "$out/$p.before.jar" "$out/$p.scm" || exit 1; }
  source_of gambit.scm "$p" >"$out/g-$p.scm"
  gsc -o "$out/g-$p" -exe "$out/g-$p.scm" || exit 1
done

timed() { # command...: prints "wall cpu" of one run
  local f
  f=$(mktemp)
  BENCH_RUNS=0 /usr/bin/time -o "$f" -f '%e %U %S' "$@" >/dev/null 2>&1
  awk '{ printf "%s %s", $1, $2 + $3 }' "$f"
  rm -f "$f"
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
echo "java: $(java -version 2>&1 | sed -n 2p); mean of $rounds runs each"
echo
echo "| program | command | wall s | CPU s | classes | wall / Gambit |"
echo "|---|---|---:|---:|---:|---:|"
for p in "${programs[@]}"; do
  declare -A wall=() cpu=()
  for k in "${kinds[@]}" gambit; do wall[$k]=0 cpu[$k]=0; done
  for ((i = 0; i < rounds; i++)); do
    for k in "${kinds[@]}" gambit; do
      if [ $k = gambit ]; then
        read -r w c < <(timed "$out/g-$p")
      else
        read -r w c < <(timed java ${JAVA_OPTS:-} -jar "$out/$p.$k.jar")
      fi
      wall[$k]=$(awk -v a="${wall[$k]}" -v b="$w" 'BEGIN { print a + b }')
      cpu[$k]=$(awk -v a="${cpu[$k]}" -v b="$c" 'BEGIN { print a + b }')
    done
  done
  for k in "${kinds[@]}" gambit; do
    classes=-
    [ $k = gambit ] || classes=$(BENCH_RUNS=0 java ${JAVA_OPTS:-} -Xlog:class+load=info -jar "$out/$p.$k.jar" \
      | grep -c 'source:')
    awk -v p="$p" -v k="$k" -v n="$rounds" -v w="${wall[$k]}" -v c="${cpu[$k]}" -v g="${wall[gambit]}" \
      -v cl="$classes" 'BEGIN { printf "| %s | %s | %.3f | %.3f | %s | %.2f |\n", p, k, w / n, c / n, cl, w / g }'
  done
done
echo
echo "load average at end:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
