#!/usr/bin/env bash
# Latency of small round trips between two nodes on this machine, alone and while 20 MB messages flow between the
# same two nodes: Termite against Erlang's distribution, the same program in each (latency.scm, latency.erl).
# Runs alternate between Termite and Erlang; each prints p50, p99 and max of K round trips, in ms.
#
#   usage: benchmarks/nodes/latency.sh
#   env:   RUNS      runs of each implementation (default 3)
#          K         timed round trips, alone and under load (default 2000)
#          JVM       options of the Termite JVMs (default "-Xms1g -Xmx1g -XX:+UseG1GC": see the README)
#          TERMITEC  the compiler command (default ./termitec; another build's to measure that build)
#          OUT       folder for the jar, the beam file and the logs (default benchmarks/target/latency)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/benchmarks/target/latency}
runs=${RUNS:-3}
k=${K:-2000}
jvm=${JVM:-"-Xms1g -Xmx1g -XX:+UseG1GC"}
termitec=${TERMITEC:-$root/termitec}
cookie="termite-latency-$$"

command -v erl >/dev/null || { echo "latency.sh needs Erlang (erl): apt-get install erlang-base" >&2; exit 1; }
mkdir -p "$out"
$termitec -o "$out/latency.jar" "$here/latency.scm" >"$out/termitec.log" 2>&1 || { cat "$out/termitec.log" >&2; exit 1; }
erlc -o "$out" "$here/latency.erl"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

TERMITE_COOKIE=$cookie java $jvm -jar "$out/latency.jar" server >"$out/termite-server.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 600); do grep -q listening "$out/termite-server.out" && break; sleep 0.1; done
port=$(awk '/listening/{print $2}' "$out/termite-server.out")
[ -n "$port" ] || { echo "the Termite server did not start:" >&2; cat "$out/termite-server.out" >&2; exit 1; }
erl -name "lserver$$@127.0.0.1" -setcookie "$cookie" -noshell -pa "$out" >"$out/erlang-server.out" 2>&1 &
pids+=($!)
sleep 1

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "K = $k round trips 1 ms apart, alone, then while 20 MB messages flow (one in flight, at most 10 a second); ms"
for i in $(seq 1 "$runs"); do
  TERMITE_COOKIE=$cookie java $jvm -jar "$out/latency.jar" client "$port" "$k" >"$out/termite.$i.out" 2>&1
  sed 's/^/Termite: /' "$out/termite.$i.out"
  erl -name "lclient$$-$i@127.0.0.1" -setcookie "$cookie" -noshell -pa "$out" \
      -run latency main "lserver$$@127.0.0.1" "$k" >"$out/erlang.$i.out" 2>&1
  sed 's/^/Erlang:  /' "$out/erlang.$i.out"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
