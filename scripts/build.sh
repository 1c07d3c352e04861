#!/usr/bin/env bash
# Builds the development node (debug, runtime WASM included). Prints the binary's path.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
cargo build --locked -p infera-node --features "$INFERA_NODE_FEATURES" >&2
echo "$INFERA_NODE_BIN"
