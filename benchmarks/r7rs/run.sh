#!/usr/bin/env bash
# Runs the project's versions of the r7rs-benchmarks programs (benchmarks/r7rs/*.scm) on Termite
# (termitec -o, java -jar), Gambit (gsc -exe) and Chez Scheme (scheme --optimize-level 2 --script),
# checks every answer (each program exits 1 on a wrong one), and prints a Markdown table:
#   cold  the wall time of a whole process that runs the program's work once (BENCH_RUNS=0): what a
#         user's first run sees, JVM start-up and Chez's compile at load included; for Termite both
#         `java -jar` with the JVM's defaults (cold T) and the launcher script of `termitec --launcher`,
#         which starts the same jar with its class-data archive (cold TL);
#   warm  the fastest of RUNS timed iterations inside one process, after a first (warm-up) one;
# the ratios Termite/Gambit and Termite/Chez of each, and their geometric means. Every process runs
# under a timeout; a program that fails, times out or gives a wrong answer gets a FAIL row and is
# left out of the means. Not part of the Maven build.
#
#   usage: benchmarks/r7rs/run.sh [PROGRAM...]     default: every benchmarks/r7rs/*.scm but the harness
#   env:   RUNS       timed iterations per warm process (default 3)
#          TIMEOUT    seconds allowed to each compile and each process (default 120)
#          IMPLS      implementations to run (default "termite gambit chez")
#          OUT        folder for generated sources, binaries and logs (default benchmarks/target/r7rs)
#          JAVA_OPTS  extra options for the JVM that runs the Termite jars
#          GAMBIT_DECLARE=1  compile for Gambit with the suite's own declarations, (standard-bindings)
#                     (extended-bindings) (block): still safe, but primitives inlined and globals fixed
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bench=$(dirname "$here")
root=$(dirname "$bench")
out=${OUT:-$bench/target/r7rs}
runs=${RUNS:-3}
limit=${TIMEOUT:-120}
impls=${IMPLS:-termite gambit chez}
declare -A cold warm why
ratios_cold_g=() ratios_cold_c=() ratios_warm_g=() ratios_warm_c=() ratios_launcher_g=() ratios_launcher_c=()
failures=()

has() { [[ " $impls " == *" $1 "* ]]; }

ensure_tools() {
  local need=()
  has gambit && ! command -v gsc >/dev/null && need+=(gambc gcc)
  has chez && ! command -v scheme >/dev/null && need+=(chezscheme)
  [ ${#need[@]} -eq 0 ] && return
  local sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing ${need[*]}..." >&2
  $sudo apt-get install -y "${need[@]}" >&2 \
    || { $sudo apt-get update >&2 && $sudo apt-get install -y "${need[@]}" >&2; }
}

# The shared prelude of benchmarks/prelude (current-jiffy where missing), this suite's prelude
# (environment access), the harness and one program, as one file: every implementation compiles the
# same text.
assemble() { # impl prelude-file program extension
  cat "$bench/prelude/$2" "$here/prelude/$2" "$here/harness.scm" "$here/$3.scm" >"$out/$1/$3.$4"
}

command_of() { # impl program
  case $1 in
    termite) echo java ${JAVA_OPTS:-} -jar "$out/termite/$2.jar" ;;
    launcher) echo "$out/termite/$2" ;;
    gambit) echo "$out/gambit/$2" ;;
    chez) echo scheme --optimize-level 2 --script "$out/chez/$2.ss" ;;
  esac
}

# Builds one implementation's binary; on failure records why and returns 1.
build() { # impl program
  local impl=$1 p=$2 log="$out/log/$2.$1.build"
  case $impl in
    termite) assemble termite termite.scm "$p" scm
             timeout "$limit" "$root/termitec" --launcher -o "$out/termite/$p.jar" "$out/termite/$p.scm" >"$log" 2>&1 ;;
    gambit) assemble gambit gambit.scm "$p" scm
            if [ -n "${GAMBIT_DECLARE:-}" ]; then
              { echo '(declare (standard-bindings) (extended-bindings) (block))'; cat "$out/gambit/$p.scm"; } \
                >"$out/gambit/$p.tmp" && mv "$out/gambit/$p.tmp" "$out/gambit/$p.scm"
            fi
            timeout "$limit" gsc -o "$out/gambit/$p" -exe "$out/gambit/$p.scm" >"$log" 2>&1 ;;
    chez) assemble chez chez.ss "$p" ss ;;
  esac
  local rc=$?
  [ $rc -eq 0 ] && return 0
  why[$impl.$p]="compile failed (exit $rc; $log)"
  return 1
}

# Runs one process with BENCH_RUNS=$3 under the timeout; prints its wall time in seconds, or FAIL
# (and records why) when it timed out, exited with an error or wrote an error line.
run_process() { # impl program bench-runs log
  local impl=$1 p=$2 n=$3 log=$4 start end rc
  start=$(date +%s%N)
  BENCH_RUNS=$n timeout "$limit" $(command_of "$impl" "$p") >"$log.out" 2>"$log.err"
  rc=$?
  end=$(date +%s%N)
  if [ $rc -eq 124 ]; then
    why[$impl.$p]="timed out after ${limit}s"
  elif [ $rc -ne 0 ] || grep -q '^error:' "$log.out" || ! grep -q '^first-us:' "$log.out"; then
    why[$impl.$p]="exit $rc: $( { grep -v '^first-us:\|^times-us:\|^result:' "$log.out"; cat "$log.err"; } \
      | grep . | head -2 | tr '\n' ' ' | cut -c1-160)"
  else
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'
    return
  fi
  echo FAIL
}

# The fastest timed iteration of a warm process, in seconds (the fastest: on a shared machine other
# work only ever adds time).
best_of() { # log
  grep '^times-us:' "$1.out" | head -1 | cut -d: -f2 | tr ' ' '\n' | grep . | sort -n \
    | awk 'NR == 1 { printf "%.3f", $1 / 1e6 }'
}

ratio() { # a b
  case "$1$2" in
    *FAIL* | *-*) echo "-" ;;
    *) awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }' ;;
  esac
}

geomean() { # ratios...
  [ $# -eq 0 ] && { echo "-"; return; }
  printf '%s\n' "$@" | awk '{ s += log($1); n++ } END { printf "%.2f (%d programs)", exp(s / n), n }'
}

run_one() { # program; prints one table row
  local p=$1 impl c w launcher=-
  for impl in termite gambit chez; do
    cold[$impl]=- warm[$impl]=-
    has "$impl" || continue
    if build "$impl" "$p"; then
      c=$(run_process "$impl" "$p" 0 "$out/log/$p.$impl.cold")
      cold[$impl]=$c
      [ "$impl" = termite ] && launcher=$(run_process launcher "$p" 0 "$out/log/$p.launcher.cold")
      if [ "$c" = FAIL ]; then
        warm[$impl]=FAIL
      else
        w=$(run_process "$impl" "$p" "$runs" "$out/log/$p.$impl.warm")
        [ "$w" = FAIL ] || w=$(best_of "$out/log/$p.$impl.warm")
        warm[$impl]=${w:-FAIL}
      fi
    else
      cold[$impl]=FAIL warm[$impl]=FAIL
    fi
  done
  local rcg rcc rwg rwc rlg rlc status=ok
  rcg=$(ratio "${cold[termite]}" "${cold[gambit]}")
  rcc=$(ratio "${cold[termite]}" "${cold[chez]}")
  rwg=$(ratio "${warm[termite]}" "${warm[gambit]}")
  rwc=$(ratio "${warm[termite]}" "${warm[chez]}")
  rlg=$(ratio "$launcher" "${cold[gambit]}")
  rlc=$(ratio "$launcher" "${cold[chez]}")
  [ "$rlg" = - ] || ratios_launcher_g+=("$rlg")
  [ "$rlc" = - ] || ratios_launcher_c+=("$rlc")
  [ "$rcg" = - ] || ratios_cold_g+=("$rcg")
  [ "$rcc" = - ] || ratios_cold_c+=("$rcc")
  [ "$rwg" = - ] || ratios_warm_g+=("$rwg")
  [ "$rwc" = - ] || ratios_warm_c+=("$rwc")
  for impl in termite gambit chez; do
    if [ "${cold[$impl]}" = FAIL ] || [ "${warm[$impl]}" = FAIL ]; then
      status="FAIL: $impl"
      failures+=("$p ($impl): ${why[$impl.$p]:-no times in the output}")
      break
    fi
  done
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$p" \
    "${cold[termite]}" "${cold[gambit]}" "${cold[chez]}" "$rcg" "$rcc" "$launcher" "$rlg" "$rlc" \
    "${warm[termite]}" "${warm[gambit]}" "${warm[chez]}" "$rwg" "$rwc" \
    "$(grep '^result:' "$out/log/$p.termite.warm.out" 2>/dev/null | head -1 | cut -c9- | sed 's/|/\\|/g')" \
    "$(grep '^first-us:' "$out/log/$p.termite.warm.out" 2>/dev/null | awk '{ printf "%.3f", $2 / 1e6 }')" \
    "$(grep '^first-us:' "$out/log/$p.gambit.warm.out" 2>/dev/null | awk '{ printf "%.3f", $2 / 1e6 }')" \
    "$status"
}

main() {
  local programs=("$@") p
  if [ ${#programs[@]} -eq 0 ]; then
    for p in "$here"/*.scm; do
      p=$(basename "$p" .scm)
      [ "$p" = harness ] || programs+=("$p")
    done
  fi
  ensure_tools
  mkdir -p "$out/termite" "$out/gambit" "$out/chez" "$out/log"
  # Builds the project now, if its sources changed, so that no program's timeout covers it.
  if has termite; then
    "$root/termitec" --version >/dev/null 2>&1 || { echo "termitec does not start" >&2; exit 1; }
  fi

  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "gambit: $(gsc -v 2>/dev/null | cut -d' ' -f1)${GAMBIT_DECLARE:+ with (declare (standard-bindings) (extended-bindings) (block))}; chez: $(scheme --version 2>&1)"
  echo "cold: wall time of one process that runs the work once; warm: fastest of $runs timed iterations after a first one; timeout ${limit}s"
  echo
  echo "| program | cold T s | cold G s | cold C s | cold T/G | cold T/C | cold TL s | cold TL/G | cold TL/C | warm T s | warm G s | warm C s | warm T/G | warm T/C | answer | first T s | first G s | status |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|"
  for p in "${programs[@]}"; do
    run_one "$p"
  done
  echo
  echo "geometric means: cold T/G $(geomean "${ratios_cold_g[@]}"), cold T/C $(geomean "${ratios_cold_c[@]}"), cold TL/G $(geomean "${ratios_launcher_g[@]}"), cold TL/C $(geomean "${ratios_launcher_c[@]}"), warm T/G $(geomean "${ratios_warm_g[@]}"), warm T/C $(geomean "${ratios_warm_c[@]}")"
  echo "load average at end:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
  if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "failures (logs: $out/log/):"
    printf -- '- %s\n' "${failures[@]}"
  fi
  return 0
}

main "$@"
