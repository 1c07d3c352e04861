#!/usr/bin/env bash
# One command for a newcomer: install what a dev node needs (no browser, test tools or models:
# scripts/test.sh installs those), build, and run a development node that produces blocks
# (RPC on ws://127.0.0.1:9944). Extra arguments go to the node.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" --node-only
bin="$(bash "$ROOT/scripts/build.sh")"
echo "Starting $bin --dev (Ctrl-C to stop)"
exec "$bin" --dev "$@"
