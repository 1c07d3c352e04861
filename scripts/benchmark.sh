#!/usr/bin/env bash
# Runs the runtime benchmarks of Infera's pallets and writes each pallet's `src/weights.rs`.
#
#   scripts/benchmark.sh                 # every Infera pallet
#   scripts/benchmark.sh models          # one pallet (directory name under pallets/)
#
# Builds `infera-node --features runtime-benchmarks` in its own target directory
# ($INFERA_BENCH_TARGET_DIR, default ~/.cache/infera/target-bench): a runtime built with other
# features must not share the development node's WASM build directory. STEPS/REPEAT override
# the sampling (defaults 50/20). The node is a release build (what validators run; first build
# ~50 min on 2 cores, a run over all pallets ~14 min); INFERA_BENCH_PROFILE=dev gives a quick
# debug build whose weights are 20-400x too high.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
export CARGO_TARGET_DIR="${INFERA_BENCH_TARGET_DIR:-$HOME/.cache/infera/target-bench}"
PROFILE="${INFERA_BENCH_PROFILE:-release}"
STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
cd "$ROOT"

# The WASM builder needs workspace metadata in which the benchmark CLI's optional test runtime
# exists: point it at the helper workspace, whose lock file is the main one.
BENCH_WS="$ROOT/scripts/bench-workspace"
cp Cargo.lock "$BENCH_WS/Cargo.lock"
cargo metadata --format-version 1 --manifest-path "$BENCH_WS/Cargo.toml" >/dev/null
export WASM_BUILD_WORKSPACE_HINT="$BENCH_WS"

cargo build --locked --profile "$PROFILE" -p infera-node --features runtime-benchmarks
dir="$PROFILE"; [ "$PROFILE" = dev ] && dir=debug
bin="$CARGO_TARGET_DIR/$dir/infera-node"

pallets=("$@")
if [ "${#pallets[@]}" -eq 0 ]; then
  for d in pallets/*/; do d="${d%/}"; [ -f "$d/src/benchmarking.rs" ] && pallets+=("${d#pallets/}"); done
fi
for p in "${pallets[@]}"; do
  echo "== benchmarking pallet_$p"
  "$bin" benchmark pallet \
    --chain dev \
    --pallet "pallet_$p" \
    --extrinsic '*' \
    --steps "$STEPS" \
    --repeat "$REPEAT" \
    --wasm-execution compiled \
    --heap-pages 4096 \
    --template scripts/frame-weight-template.hbs \
    --output "pallets/$p/src/weights.rs"
done
