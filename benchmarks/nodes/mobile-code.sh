#!/usr/bin/env bash
# Code that travels (mobile-code.scm): a client node's first `on` of new code at a bare node, which fetches the
# code from the client, side by side with the same against a node that runs the client's own program; then the
# round trips of a process spawned there, once the code is cached. Each row is the fastest of RUNS runs, each run
# with fresh nodes (so the bare node has never seen the code). Cold: every JVM starts with the default options.
#
#   usage: benchmarks/nodes/mobile-code.sh
#   env:   RUNS  runs (default 3);  N  round trips (default 20000);  OUT  folder for the jar and logs
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/benchmarks/target/mobile-code}
runs=${RUNS:-3}
n=${N:-20000}
export TERMITE_COOKIE="termite-bench-$$"
mkdir -p "$out"
"$root/termitec" -o "$out/mobile-code.jar" "$here/mobile-code.scm" >"$out/termitec.log" 2>&1 \
  || { cat "$out/termitec.log" >&2; exit 1; }

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; pids=(); }
trap cleanup EXIT

"$root/termite" --version >/dev/null  # builds the launcher's classes before anything is timed

# starts a node (bare: `termite node`; same: the program's jar as a server) and sets port
start_node() {
  local log=$out/node.$1.out
  : >"$log"
  if [ "$1" = bare ]; then
    "$root/termite" node >"$log" 2>&1 &
  else
    java -jar "$out/mobile-code.jar" server >"$log" 2>&1 &
  fi
  pids+=($!)
  for _ in $(seq 1 400); do grep -q listening "$log" && break; sleep 0.05; done
  port=$(sed -n 's/^listening \(.*:\)\{0,1\}\([0-9]*\).*/\2/p' "$log")
  [ -n "$port" ] || { echo "the $1 node did not start:" >&2; cat "$log" >&2; exit 1; }
}

best() { sort -g | head -1; }
for kind in bare same; do : >"$out/$kind.times"; done
for i in $(seq 1 "$runs"); do
  for kind in bare same; do
    start_node "$kind"
    java -jar "$out/mobile-code.jar" client "$port" "$n" >"$out/client.$kind.$i.out" 2>&1
    echo "$(awk '/first-on-ms/{print $2}' "$out/client.$kind.$i.out") $(awk '/second-on-ms/{print $2}' "$out/client.$kind.$i.out") $(awk '/round-trips-s/{print $2}' "$out/client.$kind.$i.out")" >>"$out/$kind.times"
    cleanup
  done
done
col() { cut -d' ' -f"$2" "$out/$1.times" | best; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "N = $n; the fastest of $runs runs, fresh nodes each run; logs in $out"
echo
echo "| | bare node (code fetched) | node running the program | bare / same |"
echo "|---|---:|---:|---:|"
echo "| first \`on\` of new code, ms | $(col bare 1) | $(col same 1) | $(ratio "$(col bare 1)" "$(col same 1)") |"
echo "| second \`on\` (code cached), ms | $(col bare 2) | $(col same 2) | $(ratio "$(col bare 2)" "$(col same 2)") |"
echo "| $n round trips with a process spawned there, s | $(col bare 3) | $(col same 3) | $(ratio "$(col bare 3)" "$(col same 3)") |"
echo
echo "Every run (first ms, second ms, round trips s):"
echo "- bare: $(tr '\n' ';' <"$out/bare.times")"
echo "- same: $(tr '\n' ';' <"$out/same.times")"
