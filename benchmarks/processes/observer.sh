#!/usr/bin/env bash
# The observer's cost on a busy node: the ring (ring.scm) run three ways, alternating, in one session:
#   off    termite run ring.scm
#   idle   termite run --observe=... ring.scm   (the page served, no page open: nothing is asked)
#   page   the same with a page open: a client reads the stream of pictures, so the node builds its picture
#          (a scan of its 10,000 processes) once a second
# Prints each run and the fastest of each way, cold (the first round) and warm (the second), with ratios to off.
#   benchmarks/processes/observer.sh                  RUNS=3 R=10000 H=10000000 by default
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/benchmarks/target/observer
mkdir -p "$out"
runs=${RUNS:-3}
size=${R:-10000}
hops=${H:-10000000}
export TERMITE_JAVA_OPTS="${TERMITE_JAVA_OPTS:--Xms2g -Xmx2g -XX:+AlwaysPreTouch}"
"$root/termite" run "$root/samples/src/main/scheme/hello.scm" >/dev/null   # builds once, before any timing
export TERMITE_NO_BUILD=1

value() { grep "^$2: " "$1" | head -1 | cut -d' ' -f2; }

run_one() { # mode i
  local mode=$1 i=$2 log=$out/$1.$2
  case $mode in
    off) "$root/termite" run "$here/ring.scm" "$size" "$hops" >"$log.out" 2>"$log.err" ;;
    idle) "$root/termite" run --observe=127.0.0.1:0 "$here/ring.scm" "$size" "$hops" >"$log.out" 2>"$log.err" ;;
    page)
      "$root/termite" run --observe=127.0.0.1:0 "$here/ring.scm" "$size" "$hops" >"$log.out" 2>"$log.err" &
      local node=$!
      for _ in $(seq 600); do grep -q '^observer: ' "$log.err" 2>/dev/null && break; sleep 0.1; done
      local url; url=$(sed -n 's/^observer: //p' "$log.err" | head -1)
      curl -sSN --max-time 600 "${url}events" >"$log.events" 2>"$log.curl" &
      local page=$!
      wait "$node"
      kill "$page" 2>/dev/null || true
      wait "$page" 2>/dev/null || true
      echo "pictures received: $(grep -c '^data: ' "$log.events" || true)" >>"$log.out"
      # what building one picture of the node cost it, as the node measured it (microseconds)
      { grep -o '"buildMicros":[0-9]*' "$log.events" || true; } | cut -d: -f2 | sort -n | awk '{ a[NR] = $1 } END {
        if (NR) printf "picture-build-us: median %d, max %d\n", a[int((NR + 1) / 2)], a[NR] }' >>"$log.out"
      ;;
  esac
}

for i in $(seq "$runs"); do
  for mode in off idle page; do
    run_one "$mode" "$i"
    echo "$mode run $i: warm $(value "$out/$mode.$i.out" hops-s) s, cold $(value "$out/$mode.$i.out" cold-hops-s) s $(grep '^pictures\|^picture-build' "$out/$mode.$i.out" | paste -sd' ' || true)"
  done
done

best() { for i in $(seq "$runs"); do value "$out/$1.$i.out" "$2"; done | sort -g | head -1; }
echo
echo "ring of $size processes, $hops hops; fastest of $runs runs (seconds), ratio to off"
for mode in off idle page; do
  for round in hops-s cold-hops-s; do
    b=$(best "$mode" "$round"); o=$(best off "$round")
    printf '%-5s %-12s %8.3f  %5.2f\n' "$mode" "$round" "$b" "$(awk -v a="$b" -v b="$o" 'BEGIN { print a / b }')"
  done
done
