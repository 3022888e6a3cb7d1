#!/usr/bin/env bash
# Runs the process benchmarks on Termite (executable jars made by termitec, run with java -jar) and on
# Erlang (modules compiled by erlc, run by erl), side by side on this machine, and prints a Markdown
# table of the best times, the memory per waiting process, and the ratios Termite/Erlang.
#
#   spawn     spawn N processes that each wait for one message, message each, collect the replies
#   ring      a ring of R processes passes a token H hops
#   pingpong  two processes exchange P round trips
#
# Every program does a warm-up round of the same size before its timed round. Each timed run is repeated RUNS
# times, the implementations alternating, and the table gives the fastest: on a shared machine other
# work only ever adds time. Termite runs once per JVM configuration (by default G1, the JVM's default
# collector, and the parallel collector). Memory is measured in runs of its own (see measure_memory).
#
# Cold runs (a second table): each program once with WARMUP=0, no warm-up round, timed as a whole process, as a
# user's first run sees it: `java -jar PROGRAM.jar` with the JVM's default options, the launcher script that
# `termitec --launcher` writes (the same jar with its class-data archive), and `erl -noshell` (its start-up
# included). Also RUNS times, alternating, the fastest kept.
#
#   usage: benchmarks/processes/run.sh
#   env:   RUNS       timed runs of each program (default 3)
#          N R H P    sizes (default 1000000, 10000, 1000000, 1000000)
#          JVMS       JVM configurations for Termite, NAME=OPTIONS separated by ';'
#                     (default "G1=-Xms4g -Xmx4g -XX:+AlwaysPreTouch;Parallel=-Xms4g -Xmx4g -XX:+AlwaysPreTouch -XX:+UseParallelGC")
#          ERL_OPTS   options of erl (default +P 2000000: room for a million processes)
#          COLD       0 leaves out the cold runs
#          OUT        folder for jars, beam files and logs (default benchmarks/target/processes)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/benchmarks/target/processes}
runs=${RUNS:-3}
n=${N:-1000000}
ring_size=${R:-10000}
hops=${H:-1000000}
rounds=${P:-1000000}
IFS=';' read -r -a jvms <<<"${JVMS:-G1=-Xms4g -Xmx4g -XX:+AlwaysPreTouch;Parallel=-Xms4g -Xmx4g -XX:+AlwaysPreTouch -XX:+UseParallelGC}"
erl_opts=${ERL_OPTS:-+P 2000000}
cold=${COLD:-1}
TIMEFORMAT='%R %U %S'

ensure_tools() {
  command -v erl >/dev/null && command -v erlc >/dev/null && return
  local sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing erlang-base..." >&2
  $sudo apt-get install -y erlang-base >&2 \
    || { $sudo apt-get update >&2 && $sudo apt-get install -y erlang-base >&2; }
}

build() {
  mkdir -p "$out/termite" "$out/erlang" "$out/log"
  local p
  for p in spawn ring pingpong; do
    "$root/termitec" --launcher -o "$out/termite/$p.jar" "$here/$p.scm" >"$out/log/$p.termitec" 2>&1 \
      || { cat "$out/log/$p.termitec" >&2; exit 1; }
  done
  erlc -o "$out/erlang" "$here"/*.erl
}

jvm_name() { echo "${jvms[$1]%%=*}"; }
jvm_opts() { echo "${jvms[$1]#*=}"; }

# Implementations: t0, t1, ... for Termite in each JVM configuration, and erlang.
impls() { local k; for k in "${!jvms[@]}"; do printf 't%s ' "$k"; done; echo erlang; }
impl_name() { case "$1" in erlang) echo Erlang ;; *) echo "Termite $(jvm_name "${1#t}")" ;; esac; }

run_impl() { # impl program args...
  case "$1" in
    erlang) erlang "${@:2}" ;;
    *) java $(jvm_opts "${1#t}") -jar "$out/termite/$2.jar" "${@:3}" ;;
  esac
}
erlang() { erl $erl_opts -noshell -pa "$out/erlang" -run "$1_bench" main "${@:2}" -s init stop; }

# Cold implementations: the jar with the JVM's defaults, its launcher script, Erlang; no warm-up round.
cold_impls() { echo java launcher erlang; }
cold_name() { case "$1" in java) echo "Termite java -jar" ;; launcher) echo "Termite launcher" ;; erlang) echo "Erlang" ;; esac; }
run_cold() { # impl program args...
  case "$1" in
    java) WARMUP=0 java -jar "$out/termite/$2.jar" "${@:3}" ;;
    launcher) WARMUP=0 "$out/termite/$2" "${@:3}" ;;
    erlang) WARMUP=0 erlang "${@:2}" ;;
  esac
}

# Runs one program into LOG.out / LOG.err, and appends its wall, user and system seconds to LOG.time.
run_logged() { # log command...
  local log=$1
  shift
  { time "$@" >"$log.out" 2>"$log.err"; } 2>>"$log.time" || echo "exit code $?" >>"$log.err"
}

value() { grep "^$2: " "$1.out" 2>/dev/null | head -1 | cut -d' ' -f2 || true; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Returns once the process has used less than 5% of a core for half a second: the processes it
# spawned have all run up to their receive and wait.
settle() { # pid
  local before after i
  for i in $(seq 1 120); do
    before=$(cpu_ticks "$1")
    sleep 0.5
    after=$(cpu_ticks "$1")
    [ $((after - before)) -le 2 ] && return
  done
}

# The bytes of live objects on the JVM's heap: the histogram starts with a full GC.
live_bytes() { jcmd "$1" GC.class_histogram | tee "$2" | awk '$1 == "Total" { print $3 }'; }

wait_for_line() { # file line pid
  until grep -q "^$2\$" "$1" 2>/dev/null; do
    kill -0 "$3" 2>/dev/null || { echo "the program ended before printing $2" >&2; return 1; }
    sleep 0.1
  done
}

# Termite: the program stops at BASELINE (before spawning) and at READY (all N spawned) until the
# file it was given exists. Bytes per process: the growth of the live heap between the two, over
# N. Erlang measures its own memory (spawn_bench.erl, "memory" argument).
measure_memory() {
  local log=$out/log/memory.termite go=$out/go pid base ready
  rm -f "$go"
  java $(jvm_opts 0) -jar "$out/termite/spawn.jar" "$n" "$go" >"$log.out" 2>"$log.err" &
  pid=$!
  wait_for_line "$log.out" BASELINE "$pid"
  base=$(live_bytes "$pid" "$log.histogram-baseline")
  touch "$go"
  wait_for_line "$log.out" READY "$pid"
  settle "$pid"
  ready=$(live_bytes "$pid" "$log.histogram-ready")
  touch "$go"
  wait "$pid" || echo "exit code $?" >>"$log.err"
  termite_bytes=$(( (ready - base) / n ))
  run_logged "$out/log/memory.erlang" erlang spawn "$n" memory
  erlang_bytes=$(value "$out/log/memory.erlang" bytes-per-process)
  erlang_one=$(value "$out/log/memory.erlang" one-waiting-process-bytes)
}

# One timed run of each program in each implementation, logged under the run's index.
timed_run() { # index
  local i=$1 impl
  for impl in $(impls); do
    run_logged "$out/log/spawn.$impl.$i" run_impl "$impl" spawn "$n"
    run_logged "$out/log/ring.$impl.$i" run_impl "$impl" ring "$ring_size" "$hops"
    run_logged "$out/log/pingpong.$impl.$i" run_impl "$impl" pingpong "$rounds"
  done
  [ "$cold" = 0 ] && return
  for impl in $(cold_impls); do
    run_logged "$out/log/cold.spawn.$impl.$i" run_cold "$impl" spawn "$n"
    run_logged "$out/log/cold.ring.$impl.$i" run_cold "$impl" ring "$ring_size" "$hops"
    run_logged "$out/log/cold.pingpong.$impl.$i" run_cold "$impl" pingpong "$rounds"
  done
}

# The fastest whole-process wall time of a cold program, or FAIL when no run printed its figures.
cold_wall() { # program impl
  local i w best=
  for i in $(seq 1 "$runs"); do
    [ -n "$(value "$out/log/cold.$1.$2.$i" total-s)$(value "$out/log/cold.$1.$2.$i" hops-s)" ] || continue
    w=$(cut -d" " -f1 "$out/log/cold.$1.$2.$i.time" | head -1)
    if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$w; fi
  done
  echo "${best:-FAIL}"
}

cold_row() { # label program [key]: whole-process seconds, or the program's own KEY from its fastest run
  local impl v e cells= ratios=
  for impl in $(cold_impls); do
    if [ -n "${3:-}" ]; then v=$(best "cold.$2" "$impl" "$3" "$3"); else v=$(cold_wall "$2" "$impl"); fi
    cells+=" $(fmt "$v" 2) |"
    [ "$impl" = erlang ] && e=$v
  done
  for impl in java launcher; do
    if [ -n "${3:-}" ]; then v=$(best "cold.$2" "$impl" "$3" "$3"); else v=$(cold_wall "$2" "$impl"); fi
    ratios+=" $(ratio "$v" "$e") |"
  done
  printf '| %s |%s%s\n' "$1" "$cells" "$ratios"
}

cold_report() {
  local p impl
  echo "Cold: one run of each program with WARMUP=0 (no warm-up round), the fastest of $runs; seconds"
  echo
  echo "| cold run | $(cold_name java) | $(cold_name launcher) | Erlang | java -jar / Erlang | launcher / Erlang |"
  echo "|---|---:|---:|---:|---:|---:|"
  cold_row "spawn $n: whole process" spawn
  cold_row "... its timed round (spawn, message, collect)" spawn total-s
  cold_row "ring of $ring_size, $hops hops: whole process" ring
  cold_row "... its timed hops" ring hops-s
  cold_row "ping-pong, $rounds round trips: whole process" pingpong
  cold_row "... its timed round trips" pingpong total-s
  echo
  echo "Every cold run, whole process (seconds): spawn | ring | ping-pong"
  for impl in $(cold_impls); do
    printf -- '- %s:' "$(cold_name "$impl")"
    for p in spawn ring pingpong; do
      printf ' %s|' "$(cut -d' ' -f1 "$out/log/cold.$p.$impl".*.time 2>/dev/null | awk '{ printf "%.2f ", $1 }')"
    done
    echo
  done
  echo "CPU seconds (user + system) of each cold run: spawn | ring | ping-pong"
  for impl in $(cold_impls); do
    printf -- '- %s:' "$(cold_name "$impl")"
    for p in spawn ring pingpong; do
      printf ' %s|' "$(cat "$out/log/cold.$p.$impl".*.time 2>/dev/null | awk '{ printf "%.1f ", $2 + $3 }')"
    done
    echo
  done
}

# The value of KEY in the run of PROGRAM.IMPL with the smallest BEST-KEY, or FAIL.
best() { # program impl best-key key
  local i v b line=
  for i in $(seq 1 "$runs"); do
    b=$(value "$out/log/$1.$2.$i" "$3")
    [ -n "$b" ] && line+="$b $i"$'\n'
  done
  if [ -z "$line" ]; then
    echo FAIL
    return
  fi
  i=$(printf '%s' "$line" | sort -g | head -1 | cut -d' ' -f2)
  v=$(value "$out/log/$1.$2.$i" "$4")
  printf '%s' "${v:-FAIL}"
}

all() { # program impl key: every run's value, for the spread
  local i
  for i in $(seq 1 "$runs"); do
    printf '%s ' "$(value "$out/log/$1.$2.$i" "$3" | awk '{ printf "%.2f", $1 }')"
  done
}

fmt() { case "$1" in FAIL) echo FAIL ;; *) awk -v x="$1" -v d="$2" 'BEGIN { printf "%.*f", d, x }' ;; esac; }

ratio() { case "$1$2" in *FAIL*) echo - ;; *) awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' ;; esac; }

# One table row: the value of KEY in each implementation's fastest run by BEST-KEY, then the ratio
# of each Termite configuration to Erlang as a time (for a rate, Erlang's over Termite's).
row() { # label unit program best-key key decimals [rate]
  local impl v e cells= ratios= r
  e=$(best "$3" erlang "$4" "$5")
  for impl in $(impls); do
    v=$(best "$3" "$impl" "$4" "$5")
    cells+=" $(fmt "$v" "$6") |"
    if [ "$impl" != erlang ]; then
      if [ "${7:-}" = rate ]; then r=$(ratio "$e" "$v"); else r=$(ratio "$v" "$e"); fi
      ratios+=" $r |"
    fi
  done
  printf '| %s | %s |%s%s\n' "$1" "$2" "$cells" "$ratios"
}

memory_row() {
  local impl cells= ratios=
  for impl in $(impls); do
    case "$impl" in
      erlang) cells+=" $erlang_bytes |" ;;
      *) cells+=" $termite_bytes |"; ratios+=" $(ratio "$termite_bytes" "$erlang_bytes") |" ;;
    esac
  done
  printf '| memory per waiting process | bytes |%s%s\n' "$cells" "$ratios"
}

report() {
  local p impl head= rule= f
  for impl in $(impls); do head+=" $(impl_name "$impl") |"; rule+="---:|"; done
  for impl in $(impls); do
    [ "$impl" = erlang ] || { head+=" $(impl_name "$impl") / Erlang |"; rule+="---:|"; }
  done
  echo "| benchmark | unit |$head"
  echo "|---|---|$rule"
  row "spawn $n, message each, collect replies: total" s spawn total-s total-s 2
  row "... of which spawn" s spawn total-s spawn-s 2
  row "... of which message and collect" s spawn total-s message-and-collect-s 2
  memory_row
  row "ring of $ring_size, $hops hops" s ring hops-s hops-s 2
  row "... messages per second" msg/s ring hops-s messages-per-s 0 rate
  row "... spawning the ring" s ring hops-s setup-s 3
  row "ping-pong, $rounds round trips" s pingpong total-s total-s 2
  row "... round trips per second" trips/s pingpong total-s round-trips-per-s 0 rate
  echo
  echo "Every run (seconds): spawn total | ring hops | ping-pong"
  for impl in $(impls); do
    echo "- $(impl_name "$impl"): $(all spawn "$impl" total-s)| $(all ring "$impl" hops-s)| $(all pingpong "$impl" total-s)"
  done
  echo "- one waiting Erlang process (process_info memory): $erlang_one bytes"
  echo
  echo "CPU seconds (user + system) of each whole run, start-up and warm-up included"
  for p in spawn ring pingpong; do
    for impl in $(impls); do
      echo "- $p, $(impl_name "$impl"): $(cat "$out/log/$p.$impl".*.time | awk '{ printf "%.1f ", $2 + $3 }')"
    done
  done
  for f in "$out"/log/*.err; do
    [ -s "$f" ] && { echo "errors in $f:"; head -5 "$f"; }
  done
  return 0
}

main() {
  ensure_tools
  rm -rf "$out/log"
  build
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  local k
  for k in "${!jvms[@]}"; do echo "Termite $(jvm_name "$k"): java $(jvm_opts "$k") -jar PROGRAM.jar"; done
  echo "erlang: OTP $(erl -noshell -eval 'io:format("~s, erts ~s, ~s emulator, ~p schedulers", [erlang:system_info(otp_release), erlang:system_info(version), erlang:system_info(emu_flavor), erlang:system_info(schedulers)]), halt().'); erl options: $erl_opts"
  echo "times: the fastest of $runs runs, each after a warm-up round; logs in $out/log"
  echo
  measure_memory
  local i
  for i in $(seq 1 "$runs"); do
    timed_run "$i"
  done
  report
  if [ "$cold" != 0 ]; then
    echo
    cold_report
  fi
  echo
  echo "load average at end:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
}

main "$@"
