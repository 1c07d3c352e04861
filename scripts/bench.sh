#!/usr/bin/env bash
# Infera's benchmarks. Numbers are printed (and written), never asserted.
#
#   scripts/bench.sh            all the parts below, then the report
#   scripts/bench.sh frame      1. every weight, measured: block and extrinsic overhead and
#                                  ParityDB reads/writes (runtime/src/weights) and every Infera
#                                  pallet's calls (pallets/*/src/weights.rs); scripts/weights.sh,
#                                  release benchmark node, ~17 min once built
#   scripts/bench.sh e2e        2. end-to-end throughput and latency against a live dev node
#                                  (tests/e2e/bench.mjs), a build of profile $INFERA_NODE_PROFILE
#                                  (default release; `production` is lto + codegen-units 1) with
#                                  2 s blocks: transfers sustained for 60 s, then >= 1,000
#                                  submit_job (redundancy 2, 24 providers whose stand-in servers
#                                  the node's off-chain workers answer) followed to JobSettled;
#                                  per block vs the weight bound, job latency p50/p95 and its
#                                  steps, finality lag, the node's peak RSS.
#   scripts/bench.sh network    the same load on the `local` chain's four validators (release
#                                  nodes on this machine, the load sent to Alice): finality lag
#                                  under load; writes bench-network.json.
#   scripts/bench.sh provider   3. the reference inference server vs sentence-transformers
#                                  (scripts/bench-provider.sh), when that script is there.
#   scripts/bench.sh build      only the node's build (profile $INFERA_NODE_PROFILE), timed into
#                                  build.json: after a change to the runtime, a warm build
#                                  (dependencies cached, every workspace crate rebuilt).
#   scripts/bench.sh report     docs/performance.md's table from $BENCH_OUT's JSON
#                                  (scripts/bench-report.py); `all` ends with it.
#
# Each part prints its table and writes JSON (bench.json, provider.json, build.json) and PNG
# charts to $BENCH_OUT (default target/bench in the clone). BENCH_SECONDS, BENCH_JOBS_MIN,
# BENCH_ACCOUNTS, BENCH_PROVIDERS, BENCH_REDUNDANCY, BENCH_REQUESTS_PER_RUN change the e2e load
# (tests/e2e/bench.mjs says how).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
what="${1:-all}"
export BENCH_OUT="${BENCH_OUT:-$ROOT/target/bench}"

frame() {
  bash scripts/weights.sh
}

# Builds the node (profile $INFERA_NODE_PROFILE, default release) and records the build's time
# and sizes in build.json; exports INFERA_NODE_BIN.
build_node() {
  bash scripts/setup.sh >&2
  local profile="${INFERA_NODE_PROFILE:-release}"
  local started=$SECONDS
  cargo build --locked --profile "$profile" -p infera-node --features "$INFERA_NODE_FEATURES" >&2
  local build_seconds=$((SECONDS - started))
  export INFERA_NODE_BIN="$CARGO_TARGET_DIR/$profile/infera-node"
  mkdir -p "$BENCH_OUT"
  local wasm
  wasm="$(ls "$CARGO_TARGET_DIR/$profile/wbuild/infera-runtime/"*.compact.compressed.wasm | head -1)"
  printf '{"profile": "%s", "features": "%s", "build_seconds": %d, "wasm_compressed_bytes": %d, "node_binary_bytes": %d}\n' \
    "$profile" "$INFERA_NODE_FEATURES" "$build_seconds" "$(stat -c %s "$wasm")" "$(stat -c %s "$INFERA_NODE_BIN")" > "$BENCH_OUT/build.json"
}

e2e() {
  build_node
  (cd tests/e2e && node bench.mjs)
  # The plot: matplotlib in a virtual environment of its own (PyPI).
  venv="$INFERA_STATE_DIR/venv-bench"
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import matplotlib' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'matplotlib==3.9.2'
  fi
  "$venv/bin/python" scripts/bench-plot.py "$BENCH_OUT/bench.json" "$BENCH_OUT/bench.png"
}

network() {
  build_node
  (cd tests/e2e && BENCH_VALIDATORS=4 node bench.mjs)
}

provider() {
  if [ -f scripts/bench-provider.sh ]; then bash scripts/bench-provider.sh; fi
}

report() {
  python3 scripts/bench-report.py "$BENCH_OUT" docs/performance.md
}

case "$what" in
  frame) frame ;;
  build) build_node ;;
  e2e) e2e ;;
  network) network ;;
  provider) provider ;;
  report) report ;;
  all) frame; e2e; network; provider; report ;;
  *) echo "usage: $0 [all|frame|build|e2e|network|provider|report]" >&2; exit 2 ;;
esac
