#!/usr/bin/env bash
# (.length s) called from Scheme in a loop, next to the same loop in Java, on this machine.
#   usage: benchmarks/interop/run.sh [ITERATIONS]   (default 20,000,000)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-20000000}
"$root/termite" run "$root/benchmarks/interop/length.scm" "$n"
java "$root/benchmarks/interop/LengthBench.java" "$n"
