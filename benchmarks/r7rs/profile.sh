#!/usr/bin/env bash
# Profiles one r7rs benchmark on Termite with Java Flight Recorder and prints where the time goes:
# the hottest methods (top of stack and anywhere on the stack, in % of execution samples), the
# garbage collector's pauses, the exceptions thrown, and the JVM's own counters of captures.
# Uses the jar that run.sh built (run it first). Not part of the Maven build.
#
#   usage: benchmarks/r7rs/profile.sh PROGRAM [BENCH_RUNS]     (default BENCH_RUNS 3)
#   env:   OUT  as for run.sh (default benchmarks/target/r7rs)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${OUT:-$(dirname "$here")/target/r7rs}
p=${1:?usage: profile.sh PROGRAM [BENCH_RUNS]}
jar="$out/termite/$p.jar"
[ -f "$jar" ] || { echo "no $jar: run benchmarks/r7rs/run.sh $p first" >&2; exit 2; }
rec="$out/log/$p.jfr"

BENCH_RUNS=${2:-3} java ${JAVA_OPTS:-} -XX:StartFlightRecording=settings=profile,filename="$rec" \
  -jar "$jar" | grep -v '^result:'
echo
jfr print --events jdk.ExecutionSample --stack-depth 64 "$rec" | python3 -c '
import collections, re, sys
top, anywhere, n, stack = collections.Counter(), collections.Counter(), 0, None
for line in sys.stdin:
    s = line.strip()
    if s.startswith("stackTrace = ["):
        stack = []
    elif stack is not None and s == "]":
        if stack:
            n += 1
            top[stack[0]] += 1
            for m in set(stack):
                anywhere[m] += 1
        stack = None
    elif stack is not None and s and s != "...":
        stack.append(re.sub(r"\s+line:.*$", "", s))
print("execution samples: %d" % n)
print("hottest at the top of the stack:")
for m, c in top.most_common(12):
    print("  %5.1f%%  %s" % (100.0 * c / n, m))
print("hottest anywhere on the stack (runtime and JDK methods):")
shown = 0
for m, c in anywhere.most_common():
    if m.startswith("scm.") or ".main(" in m or "Main." in m:
        continue
    print("  %5.1f%%  %s" % (100.0 * c / n, m))
    shown += 1
    if shown == 12:
        break
'
echo
jfr print --events jdk.GarbageCollection "$rec" | awk '
  $1 == "sumOfPauses" { v = $3; gsub(/,/, "", v); u = $4;
                        total += (u == "s") ? v * 1000 : (u == "us") ? v / 1000 : v; n++ }
  END { printf "garbage collections: %d, pauses %.0f ms in all\n", n, total }'
jfr print --events jdk.ExceptionStatistics "$rec" | grep throwables | tail -1 \
  | sed 's/^ */throwables created (whole run): /'
