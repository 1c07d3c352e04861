#!/usr/bin/env bash
# Dry-runs a runtime upgrade to this checkout's runtime against the live state of a running node
# (try-runtime's `on-runtime-upgrade`, natively): the migrations with their pre/post-upgrade
# checks, the pallets' storage versions, every pallet's `try_state`, the upgrade's weight against
# the block's maximum, idempotency. Exit status 0 when every check passes.
#
#   scripts/try-upgrade.sh [--runtime-features LIST] [--uri ws://127.0.0.1:9944] [--at <hash> | --best] [options]
#   scripts/try-upgrade.sh --help        # all options of the checker
#
# It builds runtime/upgrade-check first (debug, no WASM; the first build compiles the runtime and
# its pallets once more with `try-runtime`: minutes). The checker must be built with the runtime
# features of the node whose state it reads: --runtime-features LIST (comma- or space-separated
# features of infera-runtime), by default INFERA_RUNTIME_FEATURES (scripts/env.sh: `fast-runtime`,
# the dev/test chain's 2 s slots). For a production (6 s) node: --runtime-features ''. The storage
# layout is the same either way; constants (block time, periods in blocks) differ.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"

runtime_features="$INFERA_RUNTIME_FEATURES"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runtime-features) [ $# -ge 2 ] || { echo "--runtime-features needs a value" >&2; exit 2; }
                        runtime_features="$2"; shift 2 ;;
    --runtime-features=*) runtime_features="${1#*=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

features="try-runtime"
for f in ${runtime_features//,/ }; do features="$features,infera-runtime/$f"; done

echo "== building infera-upgrade-check (features: $features)" >&2
SKIP_WASM_BUILD=1 cargo build --locked -p infera-upgrade-check --features "$features" >&2
exec "$CARGO_TARGET_DIR/debug/infera-upgrade-check" ${args[@]+"${args[@]}"}
