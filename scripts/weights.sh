#!/usr/bin/env bash
# Measures every weight of the runtime on this machine and writes it into the source:
#
#   scripts/weights.sh                 # all of the below
#   scripts/weights.sh overhead        # runtime/src/weights/{block,extrinsic}_weights.rs: an
#                                        # empty block, and a block full of `system.remark`
#   scripts/weights.sh storage         # runtime/src/weights/paritydb_weights.rs: a read and a
#                                        # write of every key of a ParityDB database holding the
#                                        # dev genesis plus $STORAGE_ACCOUNTS (default 100,000)
#                                        # funded accounts; writes committed 1,000 at a time (a
#                                        # heavy block: the default 100,000 per commit hides the
#                                        # commit's cost, 14 us a write instead of 21)
#   scripts/weights.sh models          # one pallet's `src/weights.rs` (directory under pallets/)
#   scripts/weights.sh pallet_balances # a polkadot-sdk pallet the runtime uses (one of
#                                        # RUNTIME_PALLETS below): runtime/src/weights/<name>.rs,
#                                        # from the benchmark CLI's own template
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
export CARGO_TARGET_DIR="$INFERA_BENCH_TARGET_DIR"
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

# The polkadot-sdk pallets whose weights the runtime takes from runtime/src/weights: those on
# every transaction's path (the transaction extensions, balances, fees), every block's
# (timestamp) and governance's. (Grandpa's and session's calls are rare and keep the SDK's.)
RUNTIME_PALLETS=(frame_system frame_system_extensions pallet_balances pallet_transaction_payment pallet_timestamp
  pallet_sudo pallet_membership pallet_collective pallet_scheduler pallet_preimage pallet_referenda
  pallet_conviction_voting)

targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(overhead storage)
  for d in pallets/*/; do d="${d%/}"; [ -f "$d/src/benchmarking.rs" ] && targets+=("${d#pallets/}"); done
  targets+=("${RUNTIME_PALLETS[@]}")
fi
weights_dir=runtime/src/weights

# `benchmark pallet` of pallet $1 into file $2, with any further CLI arguments (a template).
bench_pallet() {
  local pallet="$1" output="$2"
  shift 2
  "$bin" benchmark pallet \
    --chain dev \
    --pallet "$pallet" \
    --extrinsic '*' \
    --steps "$STEPS" \
    --repeat "$REPEAT" \
    --wasm-execution compiled \
    --heap-pages 4096 \
    --output "$output" \
    "$@"
}
work="$(mktemp -d -t infera-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for t in "${targets[@]}"; do
  start=$SECONDS
  case "$t" in
    overhead)
      echo "== benchmarking block and extrinsic overhead"
      "$bin" benchmark overhead \
        --chain dev \
        --warmup 10 \
        --repeat 100 \
        --wasm-execution compiled \
        --weight-path "$weights_dir"
      ;;
    storage)
      echo "== benchmarking storage (ParityDB, dev genesis + ${STORAGE_ACCOUNTS:-100000} accounts)"
      "$bin" export-chain-spec --chain dev --output "$work/plain.json" 2>/dev/null
      python3 scripts/storage-state.py "$work/plain.json" "$work/state.json" "${STORAGE_ACCOUNTS:-100000}"
      "$bin" export-chain-spec --chain "$work/state.json" --raw --output "$work/raw.json" 2>/dev/null
      "$bin" benchmark storage \
        --chain "$work/raw.json" \
        --base-path "$work/db" \
        --database paritydb \
        --state-version 1 \
        --warmups 2 \
        --batch-size 1000 \
        --template-path scripts/storage-weight-template.hbs \
        --weight-path "$weights_dir"
      ;;
    frame_*|pallet_*)
      echo "== benchmarking $t (runtime/src/weights/$t.rs)"
      bench_pallet "$t" "$weights_dir/$t.rs"
      # The transaction extensions' weights implement frame_system's ExtensionsWeightInfo.
      if [ "$t" = frame_system_extensions ]; then
        sed -i 's/frame_system_extensions::WeightInfo for/frame_system::ExtensionsWeightInfo for/' "$weights_dir/$t.rs"
      fi
      ;;
    *)
      echo "== benchmarking pallet_$t"
      bench_pallet "pallet_$t" "pallets/$t/src/weights.rs" --template scripts/frame-weight-template.hbs
      ;;
  esac
  echo "== $t: $((SECONDS - start)) s"
done
