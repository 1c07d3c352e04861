#!/usr/bin/env bash
# Builds the runtime WASM that the network test upgrades a live chain to: the same code as the
# dev node's runtime (`fast-runtime`, same slot duration) with `spec_version` one ahead (the
# runtime's `upgrade-test` feature). Prints the WASM's path.
#
# It has its own target directory: building the runtime crate with another feature set in the
# node's target directory would overwrite the WASM that the node embeds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
CARGO_TARGET_DIR="$INFERA_UPGRADE_TARGET_DIR" \
	cargo build --locked -p infera-runtime --features "$INFERA_RUNTIME_FEATURES,upgrade-test" >&2
echo "$INFERA_UPGRADE_TARGET_DIR/debug/wbuild/infera-runtime/infera_runtime.wasm"
