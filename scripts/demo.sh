#!/usr/bin/env bash
# A guided tour of the whole system: starts a dev node and three reference inference servers
# (two honest, one faulty), then walks through model registration -> council listing ->
# providers staking -> a job -> off-chain dispatch -> results -> payout and slash, printing
# each step. Everything it starts is stopped at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
source "$ROOT/scripts/env.sh"
bash "$ROOT/scripts/build.sh" >/dev/null
bash "$ROOT/scripts/build-provider.sh" >/dev/null
cd "$ROOT/tests/e2e"
node demo.mjs
