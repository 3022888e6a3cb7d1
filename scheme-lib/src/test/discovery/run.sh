#!/usr/bin/env bash
# Five nodes that find each other by multicast beacons, each in a network namespace this script makes, joined by a
# bridge (multicast snooping off) in a sixth namespace, so the host's own network is not touched:
#   - four nodes start together and find each other; a fifth joins late and is found;
#   - one is killed (kill -9): the others see it go;
#   - one is cut off (`tc qdisc add dev V root pfifo limit 0` on both ends of its link): the others declare it down
#     when its beacons stop, it declares them down, and once the qdisc is removed all find each other again;
#   - then three new nodes find each other by broadcast beacons instead, with the beacons' silence not watched
#     (termite.discovery.missed=1000): a node cut off is noticed by its connections' dead interval (6 s) only,
#     the figure to compare the beacons' 3 missed intervals with.
# Every node's view is its (nodes), printed at each node-up and node-down event by member.scm; the script asserts
# that all views converge to the nodes alive within BOUND seconds of each change, and prints how long each took
# (the nodes' own clock stamps, so the polling does not add to the figures).
# Needs root, ip and tc; otherwise it says it is skipped. Every wait is bounded; everything made is removed.
#   usage: scheme-lib/src/test/discovery/run.sh     (from anywhere; builds with ./termite on first use)
set -euo pipefail
script_start=$(date +%s%3N)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
program=$here/member.scm
if [ "$(id -u)" != 0 ] || ! command -v ip >/dev/null || ! command -v tc >/dev/null; then
  echo "discovery: skipped (needs root, ip and tc)"
  exit 0
fi
id=$$
hub=tmd-hub-$id; br=tmdbr$id
bound=${DISCOVERY_BOUND:-15}      # seconds each change may take to show in every view
work=$(mktemp -d)
pids=()
nss=("$hub")
cleanup() {
  exec 2>/dev/null   # the shell's notes on the nodes it kills here are noise
  for p in "${pids[@]}"; do kill -9 "$p" $(pgrep -P "$p" 2>/dev/null) 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  for ns in "${nss[@]}"; do ip netns del "$ns" 2>/dev/null || true; done
  if [ -n "${DISCOVERY_KEEP:-}" ]; then echo "discovery: outputs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
"$root/termite" --version >/dev/null   # build before anything is timed

ip netns add "$hub"
ip -n "$hub" link add "$br" type bridge mcast_snooping 0
ip -n "$hub" link set "$br" up
ns()   { echo "tmd-$1-$id"; }
addr() { echo "10.78.0.$1:4000"; }
for i in 1 2 3 4 5; do
  n=$(ns "$i"); nss+=("$n")
  ip netns add "$n"
  ip link add "tdv$i-$id" type veth peer name "tdb$i-$id"
  ip link set "tdv$i-$id" netns "$n"; ip link set "tdb$i-$id" netns "$hub"
  ip -n "$hub" link set "tdb$i-$id" master "$br"; ip -n "$hub" link set "tdb$i-$id" up
  ip -n "$n" addr add "10.78.0.$i/24" brd + dev "tdv$i-$id"
  ip -n "$n" link set lo up; ip -n "$n" link set "tdv$i-$id" up
done
export TERMITE_COOKIE="discovery-$id"
export TERMITE_JAVA_OPTS="-Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
declare -A node_pid

start() {   # start NODE [FLAG]: a node in its namespace (--discover by default), printing its views to $work/NODE.out
  ip netns exec "$(ns "$1")" timeout 150 "$root/termite" run "${2:---discover}" "$program" "10.78.0.$1" 4000 \
    >"$work/$1.out" 2>"$work/$1.err" &
  pids+=($!); node_pid[$1]=$!
}
now() { date +%s%3N; }
view() { grep '^view ' "$work/$1.out" 2>/dev/null | tail -1 | awk '{print $4}'; }
stamp() { grep '^view ' "$work/$1.out" 2>/dev/null | tail -1 | awk '{print $2}'; }
expected() {   # expected NODE ALIVE...: the view NODE should have
  local me=$1; shift
  for j in "$@"; do [ "$j" != "$me" ] && addr "$j"; done | LC_ALL=C sort | paste -sd, -
}
started() { for _ in $(seq 1 1200); do grep -q '^view .* start' "$work/$1.out" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

passed=0; failed=0
check() {
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "PASS $1"; else failed=$((failed + 1)); echo "FAIL $1: expected [$2], got [$3]"; fi
}
# converge SINCE_MS NODES...: waits (at most $bound s) until each node's view is the others of NODES; prints the
# milliseconds from SINCE_MS to the last change that made a view right, or "timeout"
converge() {
  local since=$1; shift
  local deadline=$(( $(now) + bound * 1000 ))
  while [ "$(now)" -lt "$deadline" ]; do
    local ok=1 last=$since
    for i in "$@"; do
      if [ "$(view "$i")" != "$(expected "$i" "$@")" ]; then ok=0; break; fi
      local s; s=$(stamp "$i"); [ "$s" -gt "$last" ] && last=$s
    done
    if [ $ok = 1 ]; then echo $(( last - since )); return 0; fi
    sleep 0.1
  done
  echo timeout
}
views() { for i in "$@"; do echo "  node $i sees [$(view "$i")]"; done; }
result() {   # result NAME MS NODES...
  local name=$1 ms=$2; shift 2
  if [ "$ms" = timeout ]; then
    failed=$((failed + 1)); echo "FAIL $name: the views did not converge within $bound s"; views "$@"
  else
    passed=$((passed + 1)); echo "PASS $name: every view converged after $ms ms"
  fi
}

# 1. four nodes start together; the time counts from the last of them listening
launched=$(now)
for i in 1 2 3 4; do start "$i"; done
for i in 1 2 3 4; do started "$i" || { echo "discovery: node $i did not start"; cat "$work/$i.err"; exit 1; }; done
last_start=0
for i in 1 2 3 4; do s=$(grep '^view .* start' "$work/$i.out" | awk '{print $2}'); [ "$s" -gt "$last_start" ] && last_start=$s; done
four=$(converge "$last_start" 1 2 3 4)
result "four nodes find each other" "$four" 1 2 3 4
cold=$([ "$four" = timeout ] && echo timeout || echo $(( last_start + four - launched )))

# 2. a fifth joins late
start 5
started 5 || { echo "discovery: node 5 did not start"; cat "$work/5.err"; exit 1; }
s5=$(grep '^view .* start' "$work/5.out" | awk '{print $2}')
five=$(converge "$s5" 1 2 3 4 5)
result "a late node joins: five nodes see each other" "$five" 1 2 3 4 5

# 3. one is killed
sleep 2   # every node has heard every other's beacons: a node is watched for silent beacons once heard
t=$(now); { kill -9 $(pgrep -P "${node_pid[2]}") || true; wait "${node_pid[2]}" || true; } 2>/dev/null
killed=$(converge "$t" 1 3 4 5)
result "a killed node is seen gone" "$killed" 1 3 4 5
check "the killed node went down for noconnection" "1 3 4 5" \
  "$(for i in 1 3 4 5; do grep -q "down:$(addr 2):noconnection" "$work/$i.out" && echo "$i"; done | paste -sd' ' -)"

# 4. one is cut off, then healed
cut() { ip netns exec "$(ns 3)" tc qdisc add dev "tdv3-$id" root pfifo limit 0; ip netns exec "$hub" tc qdisc add dev "tdb3-$id" root pfifo limit 0; }
heal() { ip netns exec "$(ns 3)" tc qdisc del dev "tdv3-$id" root 2>/dev/null || true; ip netns exec "$hub" tc qdisc del dev "tdb3-$id" root 2>/dev/null || true; }
t=$(now); cut
cutoff=$(converge "$t" 1 4 5)
result "a node cut off is declared down by the others" "$cutoff" 1 4 5
alone=timeout
for _ in $(seq 1 $((bound * 10))); do [ -z "$(view 3)" ] && { alone=$(( $(stamp 3) - t )); break; }; sleep 0.1; done
result "the node cut off declares the others down" "$alone" 3
check "the others saw the cut node's beacons stop" "1 4 5" \
  "$(for i in 1 4 5; do grep -q "down:$(addr 3):no-beacon" "$work/$i.out" && echo "$i"; done | paste -sd' ' -)"
t=$(now); heal
healed=$(converge "$t" 1 3 4 5)
result "once healed, the four find each other again" "$healed" 1 3 4 5

# 5. three nodes by broadcast, noticing a cut only by their connections (the peer figure)
for i in 1 3 4 5; do { kill -9 $(pgrep -P "${node_pid[$i]}") || true; wait "${node_pid[$i]}" || true; } 2>/dev/null; done
mkdir "$work/multicast"; mv "$work"/*.out "$work"/*.err "$work/multicast/"
TERMITE_JAVA_OPTS="$TERMITE_JAVA_OPTS -Dtermite.discovery.missed=1000"
for i in 1 3 4; do start "$i" --broadcast; done
for i in 1 3 4; do started "$i" || { echo "discovery: node $i did not start"; cat "$work/$i.err"; exit 1; }; done
last_start=0
for i in 1 3 4; do s=$(grep '^view .* start' "$work/$i.out" | awk '{print $2}'); [ "$s" -gt "$last_start" ] && last_start=$s; done
three=$(converge "$last_start" 1 3 4)
result "broadcast: three nodes find each other" "$three" 1 3 4
sleep 1
t=$(now); cut
by_connection=$(converge "$t" 1 4)
result "broadcast, beacons' silence not watched: a node cut off is declared down by its connections" "$by_connection" 1 4
check "the node cut off went down for noconnection" "1 4" \
  "$(for i in 1 4; do grep -q "down:$(addr 3):noconnection" "$work/$i.out" && echo "$i"; done | paste -sd' ' -)"
heal
mkdir "$work/broadcast"; mv "$work"/*.out "$work"/*.err "$work/broadcast/"

for f in "$work"/multicast/*.err "$work"/broadcast/*.err; do
  if [ -s "$f" ]; then echo "${f#$work/} on stderr:"; sed 's/^/  /' "$f"; fi
done
echo "discovery: figures (ms): four nodes find each other $four after the last one listens ($cold after their" \
  "JVMs were launched, start-up and compilation included); a fifth is found $five;" \
  "a killed node is seen gone $killed; a node cut off is declared down $cutoff (it declares the others down $alone);" \
  "after healing all are found again $healed (beacon every 1000 ms, down after 3 missed);" \
  "by broadcast three nodes find each other $three; a node cut off, noticed by its connections only, $by_connection"
echo "discovery: $passed passed, $failed failed, in $(( ($(now) - script_start) / 1000 )) s"
[ "$failed" -eq 0 ]
