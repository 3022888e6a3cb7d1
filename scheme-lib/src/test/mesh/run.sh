#!/usr/bin/env bash
# A full mesh of NODES nodes on this machine, each a JVM with a small heap (mesh.scm): every node asks every other
# one for M numbered messages, so every pair of nodes connects (most of them dialling each other at once) and
# carries messages both ways. Passes when every node received all (NODES-1)*M messages in order per sender.
# Prints, per node, its threads, resident memory and heap used, measured once all messages are in.
#
#   usage: scheme-lib/src/test/mesh/run.sh
#   env:   NODES     nodes (default 30)
#          M         messages per pair of nodes and direction (default 20)
#          JVM       options of each node (default: a 64 MB heap, C1 only, serial GC, 256 KB thread stacks)
#          TERMITEC  the compiler command (default ./termitec; another build's to measure it)
#          OUT       folder for the jar and the logs (default scheme-lib/target/mesh)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
out=${OUT:-$root/scheme-lib/target/mesh}
nodes=${NODES:-30}
m=${M:-20}
jvm=${JVM:-"-Xmx64m -Xss256k -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1"}
termitec=${TERMITEC:-$root/termitec}
cookie="termite-mesh-$$"

rm -rf "$out" && mkdir -p "$out"
$termitec -o "$out/mesh.jar" "$here/mesh.scm" >"$out/termitec.log" 2>&1 || { cat "$out/termitec.log" >&2; exit 1; }

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start=$(date +%s)
for i in $(seq 0 $((nodes - 1))); do
  TERMITE_COOKIE=$cookie java $jvm -jar "$out/mesh.jar" "$i" "$out" "$m" >"$out/node.$i.out" 2>"$out/node.$i.err" &
  pids+=($!)
done

# every node's port, in index order; at most 5 minutes for all to start
deadline=$(($(date +%s) + 300))
for i in $(seq 0 $((nodes - 1))); do
  while ! grep -q '^listening' "$out/node.$i.out" && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.1; done
  grep -q '^listening' "$out/node.$i.out" || { echo "mesh: node $i did not start:" >&2; cat "$out/node.$i.err" >&2; exit 1; }
done
for i in $(seq 0 $((nodes - 1))); do awk '/^listening/{print $2}' "$out/node.$i.out"; done >"$out/ports.tmp"
mv "$out/ports.tmp" "$out/ports"
started=$(date +%s)

# every node's verdict; each gives it within 120 s of its last message, all within 5 minutes
deadline=$(($(date +%s) + 300))
for i in $(seq 0 $((nodes - 1))); do
  while ! grep -q '^received\|^timeout' "$out/node.$i.out" && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.1; done
done
done_at=$(date +%s)

heap_used_kb() { jstat -gc "$1" 2>/dev/null | awk 'NR==2 { printf "%d", $3 + $4 + $6 + $8 }'; }
echo "node threads rss-MB heap-used-MB verdict"
for i in $(seq 0 $((nodes - 1))); do
  p=${pids[$i]}
  threads=$(ls /proc/"$p"/task 2>/dev/null | wc -l)
  rss=$(awk '/VmRSS/{printf "%.0f", $2 / 1024}' /proc/"$p"/status 2>/dev/null || echo "?")
  heap=$(heap_used_kb "$p"); heap=$(awk -v k="${heap:-0}" 'BEGIN { printf "%.1f", k / 1024 }')
  verdict=$(grep '^received\|^timeout' "$out/node.$i.out" || echo "no verdict")
  echo "$i $threads $rss $heap $verdict"

done | tee "$out/table"
# the threads of the first node, by name (the kernel keeps 15 characters of each)
cat /proc/"${pids[0]}"/task/*/comm 2>/dev/null | sed 's/[0-9]*$//' | sort | uniq -c | sort -rn >"$out/threads.0" || true
touch "$out/stop"
awk 'NR > 1 { t += $2; r += $3; h += $4; n++ } END { printf "mean per node: %.1f threads, %.0f MB resident, %.1f MB heap used\n", t / n, r / n, h / n }' "$out/table"
echo "$nodes nodes started in $((started - start)) s; all messages in after $((done_at - started)) s more"
echo "remote spawns that failed: $(cat "$out"/node.*.err | grep -c 'remote-spawn' || true)"
for _ in $(seq 1 100); do
  alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
  [ "$alive" = 0 ] && break; sleep 0.1
done
expected="received $(((nodes - 1) * m)) out-of-order 0"
bad=$(awk -v e="$expected" 'NR > 1 { v = $5; for (i = 6; i <= NF; i++) v = v " " $i; if (v != e) n++ } END { print n + 0 }' "$out/table")
if [ "$bad" != 0 ]; then
  echo "mesh: $bad of $nodes nodes did not receive all messages in order (logs in $out)" >&2
  grep -h termite: "$out"/node.*.err | sort | uniq -c | sort -rn | head -20 >&2
  exit 1
fi
echo "mesh: all $nodes nodes received all $(((nodes - 1) * m)) messages each, in order"
