#!/usr/bin/env bash
# A four-validator Infera network on this machine, run by zombienet (native provider, loopback).
#
#   scripts/network.sh          start it and keep it running (Ctrl-C stops it); the RPC and
#                               Prometheus URLs of every node are printed once it is up
#   scripts/network.sh test     run the network test suite zombienet/network.zndsl: all four
#                               author and finalize, one validator stopped (slashed offline),
#                               restarted, caught up and rejoined, then equivocating through a
#                               twin with its keys (reported, disabled, slashed once, removed),
#                               a live runtime upgrade
#
# Network files and logs go to $INFERA_NET_DIR (default: a new temporary directory).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
mode="${1:-spawn}"

bash scripts/setup.sh >&2
# scripts/test.sh builds the node first and says so: building again after `cargo test` would
# relink it for nothing.
if [ -n "${INFERA_NODE_PREBUILT:-}" ] && [ -x "$INFERA_NODE_BIN" ]; then bin="$INFERA_NODE_BIN"; else bin="$(bash scripts/build.sh)"; fi
export PATH="$(dirname "$bin"):$PATH"
zombienet=("$ROOT/zombienet/node_modules/.bin/zombienet" --provider native --logType text)
dir="${INFERA_NET_DIR:-$(mktemp -d -t infera-net.XXXXXX)}"
# The raw `local` chain spec: four bonded validators with their session keys.
export INFERA_CHAIN_SPEC="$dir/infera-local-raw.json"
# Its log goes to a file, shown (and the script stopped) only if the export fails.
if ! "$bin" export-chain-spec --chain local --raw --output "$INFERA_CHAIN_SPEC" 2>"$dir/export-chain-spec.log"; then
  echo "network.sh: exporting the local chain spec failed:" >&2
  cat "$dir/export-chain-spec.log" >&2
  exit 1
fi

case "$mode" in
  spawn)
    exec "${zombienet[@]}" --dir "$dir" --force spawn zombienet/network.toml
    ;;
  test)
    INFERA_UPGRADE_WASM="$(bash scripts/build-upgrade-wasm.sh)"
    export INFERA_UPGRADE_WASM
    echo "network files: $dir"
    exec "${zombienet[@]}" --dir "$dir" --force test zombienet/network.zndsl
    ;;
  *)
    echo "usage: $0 [spawn|test]" >&2
    exit 2
    ;;
esac
