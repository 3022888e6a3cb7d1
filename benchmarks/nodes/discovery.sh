#!/usr/bin/env bash
# Discovery figures: runs the five-node test in network namespaces (scheme-lib/src/test/discovery/run.sh) RUNS
# times and prints each run's figures line, with the load average before each run. Needs root, ip and tc.
#   usage: RUNS=3 benchmarks/nodes/discovery.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
for run in $(seq 1 "${RUNS:-3}"); do
  echo "run $run, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  bash "$root/scheme-lib/src/test/discovery/run.sh" | grep -E '^discovery: (figures|[0-9]+ passed)|^FAIL|skipped'
done
