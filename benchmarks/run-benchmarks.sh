#!/usr/bin/env bash
# Times the programs in programs/ on Termite (an executable jar made by termitec, run with java -jar),
# Gambit (gsc -exe, compiled through C) and Chez Scheme (scheme --script, which compiles each form at
# load, at the safe optimize level 2), all in one run on this machine, and prints a Markdown table.
# Each program times its own inner loop after a warm-up (see programs/harness.scm); the table gives
# the fastest timed run and, separately, the wall time of the whole process (JVM start-up, Chez's
# compile at load, warm-up run included). Not part of the Maven build.
#
#   usage: benchmarks/run-benchmarks.sh [PROGRAM...]     default: every programs/*.scm but the harness
#   env:   RUNS        timed runs per program (default 5)
#          OUT         folder for generated sources, binaries and logs (default benchmarks/target/run)
#          JAVA_OPTS   extra options for the JVM that runs the Termite jars
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${OUT:-$here/target/run}
runs=${RUNS:-5}
failed=()

ensure_tools() {
  command -v gsc >/dev/null && command -v scheme >/dev/null && command -v gcc >/dev/null && return
  local sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing gambc and chezscheme..." >&2
  $sudo apt-get install -y gambc chezscheme gcc >&2 \
    || { $sudo apt-get update >&2 && $sudo apt-get install -y gambc chezscheme gcc >&2; }
}

# Writes prelude + harness + program as one file, so every implementation compiles the same text.
assemble() { # impl prelude-file program extension
  cat "$here/prelude/$2" "$here/programs/harness.scm" "$here/programs/$3.scm" \
    | sed "s/^(define benchmark-runs [0-9]*)/(define benchmark-runs $runs)/" >"$out/$1/$3.$4"
}

now_ns() { date +%s%N; }

# Runs a command, keeping its output in LOG.out/LOG.err; prints its wall time in seconds.
timed() { # log command...
  local log=$1 start end
  shift
  start=$(now_ns)
  if "$@" >"$log.out" 2>"$log.err"; then :; else echo "exit code $?" >>"$log.err"; fi
  end=$(now_ns)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'
}

# The fastest timed run in seconds, or FAIL when the program did not report its times. The fastest,
# not the median: on a shared machine other work only ever adds time, so it is the least disturbed.
best_seconds() { # log
  local line
  line=$(grep '^times-us:' "$1.out" 2>/dev/null | head -1) || true
  if [ -z "$line" ] || grep -q '^error:' "$1.out"; then
    echo FAIL
    return
  fi
  echo "${line#times-us:}" | tr ' ' '\n' | grep . | sort -n \
    | awk 'NR == 1 { printf "%.3f", $1 / 1e6 }'
}

result_of() { grep '^result:' "$1.out" 2>/dev/null | head -1 | cut -c9- || true; }

ratio() { # a b
  case "$1$2" in
    *FAIL*) echo "-" ;;
    *) awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }' ;;
  esac
}

run_one() { # program; prints one table row
  local p=$1 t g c wt wg wc rt rg rc status
  assemble termite termite.scm "$p" scm
  assemble gambit gambit.scm "$p" scm
  assemble chez chez.ss "$p" ss

  if "$root/termitec" -o "$out/termite/$p.jar" "$out/termite/$p.scm" >"$out/log/$p.termitec" 2>&1; then
    wt=$(timed "$out/log/$p.termite" java ${JAVA_OPTS:-} -jar "$out/termite/$p.jar")
  else
    wt=-
    cp "$out/log/$p.termitec" "$out/log/$p.termite.err"
    : >"$out/log/$p.termite.out"
  fi
  if gsc -o "$out/gambit/$p" -exe "$out/gambit/$p.scm" >"$out/log/$p.gsc" 2>&1; then
    wg=$(timed "$out/log/$p.gambit" "$out/gambit/$p")
  else
    wg=-
    cp "$out/log/$p.gsc" "$out/log/$p.gambit.err"
    : >"$out/log/$p.gambit.out"
  fi
  wc=$(timed "$out/log/$p.chez" scheme --optimize-level 2 --script "$out/chez/$p.ss")

  t=$(best_seconds "$out/log/$p.termite")
  g=$(best_seconds "$out/log/$p.gambit")
  c=$(best_seconds "$out/log/$p.chez")
  rt=$(result_of "$out/log/$p.termite")
  rg=$(result_of "$out/log/$p.gambit")
  rc=$(result_of "$out/log/$p.chez")
  if [ "$t" = FAIL ] || [ "$g" = FAIL ] || [ "$c" = FAIL ]; then
    status="FAILED"
    failed+=("$p")
  elif [ "$rt" = "$rg" ] && [ "$rt" = "$rc" ]; then
    status="$rt"
  else
    status="DIFFER: termite $rt, gambit $rg, chez $rc"
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s / %s / %s | %s |\n' \
    "$p" "$t" "$g" "$c" "$(ratio "$t" "$g")" "$(ratio "$t" "$c")" "$wt" "$wg" "$wc" "$status"
}

main() {
  local programs=("$@") p
  if [ ${#programs[@]} -eq 0 ]; then
    for p in "$here"/programs/*.scm; do
      p=$(basename "$p" .scm)
      [ "$p" = harness ] || programs+=("$p")
    done
  fi
  ensure_tools
  mkdir -p "$out/termite" "$out/gambit" "$out/chez" "$out/log"

  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "gambit: $(gsc -v | cut -d' ' -f1); chez: $(scheme --version 2>&1); times: the fastest of $runs timed runs after a warm-up"
  echo
  echo "| benchmark | Termite s | Gambit s | Chez s | Termite/Gambit | Termite/Chez | wall s T / G / C | result |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  for p in "${programs[@]}"; do
    run_one "$p"
  done
  for p in "${failed[@]}"; do
    echo
    echo "$p failed; the first lines of each implementation's error output (all logs: $out/log/$p.*):"
    local impl
    for impl in termite gambit chez; do
      # Gambit reports errors on its console, i.e. standard output.
      { grep -v '^result:\|^times-us:' "$out/log/$p.$impl.out" || true; cat "$out/log/$p.$impl.err"; } \
        | sed -n "1,8s/^/  $impl: /p"
    done
  done
  return 0
}

main "$@"
