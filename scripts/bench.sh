#!/usr/bin/env bash
# Infera's benchmarks. Numbers are printed (and written), never asserted.
#
#   scripts/bench.sh            both parts below
#   scripts/bench.sh frame      1. every weight, measured: block and extrinsic overhead and
#                                  ParityDB reads/writes (runtime/src/weights) and every Infera
#                                  pallet's calls (pallets/*/src/weights.rs); scripts/benchmark.sh,
#                                  release benchmark node, ~17 min once built
#   scripts/bench.sh e2e        2. end-to-end throughput and latency against a live dev node,
#                                  a release build (what validators run; 2 s blocks like the
#                                  test node; first build ~50 min on 2 cores)
#                                  (tests/e2e/bench.mjs): transfers vs submit_job per block,
#                                  finality lag, job latency submit -> settled (p50/p95).
#                                  Prints a table; writes bench.json and bench.png to $BENCH_OUT
#                                  (default target/bench in the clone).
#
# e2e load: BENCH_ACCOUNTS (40) accounts x BENCH_TRANSFERS (10) transfers, then
# x BENCH_JOBS (3) jobs of redundancy BENCH_REDUNDANCY (2) over BENCH_PROVIDERS (4) providers.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
what="${1:-all}"
export BENCH_OUT="${BENCH_OUT:-$ROOT/target/bench}"

frame() {
  bash scripts/benchmark.sh
}

e2e() {
  bash scripts/setup.sh >&2
  cargo build --locked --release -p infera-node --features "$INFERA_NODE_FEATURES" >&2
  export INFERA_NODE_BIN="$CARGO_TARGET_DIR/release/infera-node"
  mkdir -p "$BENCH_OUT"
  (cd tests/e2e && node bench.mjs)
  # The plot: matplotlib in a virtual environment of its own (PyPI).
  venv="$HOME/.cache/infera/venv-bench"
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import matplotlib' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'matplotlib==3.9.2'
  fi
  "$venv/bin/python" scripts/bench-plot.py "$BENCH_OUT/bench.json" "$BENCH_OUT/bench.png"
}

case "$what" in
  frame) frame ;;
  e2e) e2e ;;
  all) frame; e2e ;;
  *) echo "usage: $0 [all|frame|e2e]" >&2; exit 2 ;;
esac
