#!/usr/bin/env bash
# Runs a three-validator local network (Alice, Bob, Charlie) on this machine from the
# `local` chain spec. RPC: Alice ws://127.0.0.1:9944, Bob :9945, Charlie :9946.
# Logs and databases go to $INFERA_NET_DIR (default: a new temporary directory). Ctrl-C stops all.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
bin="${INFERA_NODE_BIN}"
[ -x "$bin" ] || bin="$(bash "$ROOT/scripts/build.sh")"
dir="${INFERA_NET_DIR:-$(mktemp -d -t infera-net.XXXXXX)}"
# Fixed (public, test-only) node keys: Alice is the bootnode with a known peer id.
ALICE_PEER=12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

i=0
for who in alice bob charlie; do
  p2p=$((30333 + i)); rpc=$((9944 + i))
  extra=(--node-key "$(printf '%064x' $((i + 1)))")
  [ "$who" = alice ] || extra+=(--bootnodes "/ip4/127.0.0.1/tcp/30333/p2p/$ALICE_PEER")
  "$bin" --chain local --"$who" --validator --base-path "$dir/$who" \
    --port "$p2p" --rpc-port "$rpc" --no-prometheus --no-telemetry --no-mdns \
    "${extra[@]}" >"$dir/$who.log" 2>&1 &
  pids+=($!)
  echo "$who: rpc ws://127.0.0.1:$rpc, log $dir/$who.log"
  i=$((i + 1))
done
echo "network running; Ctrl-C to stop"
wait
