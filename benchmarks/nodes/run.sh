#!/usr/bin/env bash
# Messages between two nodes on this machine (TCP over the loopback interface): Termite against Erlang's
# distribution, the same program in each (nodes-pingpong.scm, nodes_pingpong.erl). Each implementation runs
# a server node and a client node; the client times N round trips with a process on the server, then a stream
# of N one-way messages to a process there. Runs alternate between Termite and Erlang; the table gives the
# fastest of RUNS runs, because on a shared machine other work only ever adds time.
#
#   usage: benchmarks/nodes/run.sh
#   env:   RUNS   timed runs of each implementation (default 3)
#          N      round trips and messages (default 100000)
#          JVM    options of the Termite JVMs (default "-Xms1g -Xmx1g -XX:+UseParallelGC")
#          OUT    folder for the jar, the beam file and the logs (default benchmarks/target/nodes)
#          TLS    1: Termite's nodes talk over TLS, with certificates made here by keytool
#          TERMITEC  the compiler command (default ./termitec; another build's to measure that build)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$root/benchmarks/target/nodes}
runs=${RUNS:-3}
n=${N:-100000}
jvm=${JVM:-"-Xms1g -Xmx1g -XX:+UseParallelGC"}
cookie="termite-bench-$$"

command -v erl >/dev/null || { sudo=; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y erlang-base >&2; }
mkdir -p "$out"
if [ "${TLS:-0}" = 1 ]; then
  rm -f "$out"/tls-*.p12 "$out"/tls-*.cer "$out"/tls-trust.p12
  for name in server client; do
    keytool -genkeypair -alias "$name" -keyalg EC -groupname secp256r1 -dname "CN=$name" -validity 2 \
      -keystore "$out/tls-$name.p12" -storetype PKCS12 -storepass bench-tls -keypass bench-tls >/dev/null 2>&1
    keytool -exportcert -alias "$name" -keystore "$out/tls-$name.p12" -storepass bench-tls \
      -file "$out/tls-$name.cer" >/dev/null 2>&1
    keytool -importcert -noprompt -alias "$name" -file "$out/tls-$name.cer" -keystore "$out/tls-trust.p12" \
      -storetype PKCS12 -storepass bench-tls >/dev/null 2>&1
  done
fi
# the TLS options of a Termite node with that name's certificate (none without TLS=1)
tls() {
  [ "${TLS:-0}" = 1 ] || return 0
  echo "-Dtermite.tls.keystore=$out/tls-$1.p12 -Dtermite.tls.keystore.password=bench-tls -Dtermite.tls.truststore=$out/tls-trust.p12"
}
${TERMITEC:-$root/termitec} -o "$out/nodes-pingpong.jar" "$here/nodes-pingpong.scm" >"$out/termitec.log" 2>&1 \
  || { cat "$out/termitec.log" >&2; exit 1; }
erlc -o "$out" "$here/nodes_pingpong.erl"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# Termite's server prints the port it listens on.
TERMITE_COOKIE=$cookie java $jvm $(tls server) -jar "$out/nodes-pingpong.jar" server >"$out/termite-server.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -q listening "$out/termite-server.out" && break; sleep 0.1; done
port=$(awk '/listening/{print $2}' "$out/termite-server.out")
[ -n "$port" ] || { echo "the Termite server did not start:" >&2; cat "$out/termite-server.out" >&2; exit 1; }

erl -name "server$$@127.0.0.1" -setcookie "$cookie" -noshell -pa "$out" >"$out/erlang-server.out" 2>&1 &
pids+=($!)
sleep 1

best() { sort -g | head -1; }
: >"$out/termite.times"; : >"$out/erlang.times"
for i in $(seq 1 "$runs"); do
  TERMITE_COOKIE=$cookie java $jvm $(tls client) -jar "$out/nodes-pingpong.jar" client "$port" "$n" >"$out/termite.$i.out" 2>&1
  echo "$(awk '/round-trips-s/{print $2}' "$out/termite.$i.out") $(awk '/stream-s/{print $2}' "$out/termite.$i.out")" >>"$out/termite.times"
  erl -name "client$$-$i@127.0.0.1" -setcookie "$cookie" -noshell -pa "$out" \
      -run nodes_pingpong main "server$$@127.0.0.1" "$n" >"$out/erlang.$i.out" 2>&1
  echo "$(awk '/round-trips-s/{print $2}' "$out/erlang.$i.out") $(awk '/stream-s/{print $2}' "$out/erlang.$i.out")" >>"$out/erlang.times"
done

t_rt=$(cut -d' ' -f1 "$out/termite.times" | best); e_rt=$(cut -d' ' -f1 "$out/erlang.times" | best)
t_st=$(cut -d' ' -f2 "$out/termite.times" | best); e_st=$(cut -d' ' -f2 "$out/erlang.times" | best)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
rate() { awk -v n="$n" -v s="$1" 'BEGIN { printf "%d", n / s }'; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Termite: java $jvm $([ "${TLS:-0}" = 1 ] && echo "(TLS) ")-jar nodes-pingpong.jar; Erlang: $(erl -noshell -eval 'io:format("OTP ~s", [erlang:system_info(otp_release)]), halt().')"
echo "N = $n; the fastest of $runs runs, each after a warm-up run of the same size; logs in $out"
echo
echo "| benchmark | Termite | Erlang | Termite / Erlang |"
echo "|---|---:|---:|---:|"
echo "| $n round trips between nodes, s | $t_rt | $e_rt | $(ratio "$t_rt" "$e_rt") |"
echo "| ... round trips per second | $(rate "$t_rt") | $(rate "$e_rt") | $(ratio "$t_rt" "$e_rt") |"
echo "| $n one-way messages to a process on the other node, s | $t_st | $e_st | $(ratio "$t_st" "$e_st") |"
echo "| ... messages per second | $(rate "$t_st") | $(rate "$e_st") | $(ratio "$t_st" "$e_st") |"
echo
echo "Every run (seconds, round trips then stream):"
echo "- Termite: $(tr '\n' ';' <"$out/termite.times")"
echo "- Erlang: $(tr '\n' ';' <"$out/erlang.times")"
