#!/usr/bin/env bash
# Network faults between two nodes, each in a network namespace this script makes (joined by a veth pair), with
# packets dropped by `tc qdisc add dev V root pfifo limit 0` and let through again by deleting it:
#   - an outage shorter than the dead interval: TCP retransmits, the connection survives, and 4,000 numbered
#     messages streamed meanwhile all arrive, in order, with no monitor firing;
#   - an outage longer than it: the node is declared lost and the monitor says noconnection.
# Needs root, ip and tc; otherwise it says it is skipped. Every wait is bounded; everything made is removed.
#   usage: scheme-lib/src/test/faults/run.sh     (from anywhere; builds with ./termite on first use)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
program=$root/scheme-lib/src/test/nodes/connections.scm
if [ "$(id -u)" != 0 ] || ! command -v ip >/dev/null || ! command -v tc >/dev/null; then
  echo "faults: skipped (needs root, ip and tc)"
  exit 0
fi
id=$$
a=tmt-a-$id; b=tmt-b-$id; va=tva$id; vb=tvb$id
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  ip netns del "$a" 2>/dev/null || true
  ip netns del "$b" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
"$root/termite" --version >/dev/null   # build before anything is timed

ip netns add "$a"; ip netns add "$b"
ip link add "$va" type veth peer name "$vb"
ip link set "$va" netns "$a"; ip link set "$vb" netns "$b"
ip -n "$a" addr add 10.77.0.1/24 dev "$va"; ip -n "$b" addr add 10.77.0.2/24 dev "$vb"
for ns in "$a" "$b"; do ip -n "$ns" link set lo up; done
ip -n "$a" link set "$va" up; ip -n "$b" link set "$vb" up
export TERMITE_COOKIE="faults-$id"

drop() { ip netns exec "$a" tc qdisc add dev "$va" root pfifo limit 0; ip netns exec "$b" tc qdisc add dev "$vb" root pfifo limit 0; }
heal() { ip netns exec "$a" tc qdisc del dev "$va" root 2>/dev/null || true; ip netns exec "$b" tc qdisc del dev "$vb" root 2>/dev/null || true; }
wait_for() { for _ in $(seq 1 600); do grep -q "$1" "$2" 2>/dev/null && return 0; sleep 0.1; done; echo "faults: no '$1' in $2" >&2; cat "$2" >&2; return 1; }

passed=0; failed=0
check() {
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "PASS $1"; else failed=$((failed + 1)); echo "FAIL $1: expected [$2], got [$3]"; fi
}

# the node, in namespace a
ip netns exec "$a" "$root/termite" node --listen 10.77.0.1:4000 >"$work/node.out" 2>"$work/node.err" &
pids+=($!)
wait_for listening "$work/node.out"

# 1. a three-second outage in the middle of a stream
ip netns exec "$b" timeout 120 "$root/termite" run "$program" stream 10.77.0.1 4000 >"$work/stream.out" 2>"$work/stream.err" &
pids+=($!); streamer=$!
wait_for ready "$work/stream.out"
sleep 2; drop; sleep 3; heal
wait "$streamer" || true
check "short outage: every message, in order, no DOWN" "ready|(3999 #t)|no-down" "$(paste -sd'|' "$work/stream.out")"

# 2. an outage longer than the dead interval (2 s here)
TERMITE_JAVA_OPTS="-Dtermite.dead.ms=2000 -Dtermite.heartbeat.ms=300" ip netns exec "$b" timeout 120 \
  "$root/termite" run "$program" cut 10.77.0.1 4000 >"$work/cut.out" 2>"$work/cut.err" &
pids+=($!); cutter=$!
wait_for ready "$work/cut.out"
start=$(date +%s%N); drop
wait "$cutter" || true
noticed=$(( ($(date +%s%N) - start) / 1000000 ))
heal
check "long outage: the node is declared lost, the monitor says so" "ready|(down noconnection)" "$(paste -sd'|' "$work/cut.out")"
echo "faults: the lost node was noticed after $noticed ms (dead interval 2000 ms)"
echo "faults: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
