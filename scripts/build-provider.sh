#!/usr/bin/env bash
# Builds the reference inference server `infera-provider` (provider/, a workspace of its own,
# in its own target directory). Prints the binary's path.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
CARGO_TARGET_DIR="$INFERA_PROVIDER_TARGET_DIR" cargo build --locked --manifest-path "$ROOT/provider/Cargo.toml" >&2
echo "$INFERA_PROVIDER_BIN"
