#!/usr/bin/env bash
# Serialization throughput and sizes: Termite's object->u8vector / u8vector->object on Scheme values next to
# Java's built-in serialization of the equivalent Java data, measured in one JVM. Prints a Markdown table.
#   usage: benchmarks/serialization/run.sh [SECONDS-PER-MEASUREMENT]   (default 2, split over 5 rounds)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/termite" --version >/dev/null   # builds the project first when its sources changed
deps=$(tr ':' '\n' <"$root/compiler/target/classpath.txt" | grep -v '/org/termite/' | paste -sd: -)
cp=$root/runtime/target/classes:$root/compiler/target/classes:$root/scheme-lib/target/classes:$deps
exec java -Xss64m -cp "$cp" "$root/benchmarks/serialization/SerialBench.java" "${1:-2}"
