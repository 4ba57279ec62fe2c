#!/usr/bin/env bash
# A first session with drill in a throwaway workspace: start, grade the stub, grade a correct solution.
set -uo pipefail
DRILL=.venv/bin/drill
WS="$(pwd)/.drill-demo"
rm -rf "$WS"
run() { echo; echo "\$ drill $*"; "$DRILL" --workspace "$WS" "$@"; }
run list
run start two_sum || exit 1
run grade two_sum
[ $? -eq 1 ] || { echo "demo: grading the untouched stub should fail"; exit 1; }
echo; echo "# (now pretend you solved it: copy the reference solution in)"
cp solutions/two_sum/reference.py "$WS/two_sum/solution.py"
run grade two_sum --json "$WS/report.json" || { echo "demo: the reference should pass"; exit 1; }
run history
echo; echo "demo workspace: $WS   (JSON report: $WS/report.json)"
