#!/usr/bin/env bash
# Join an Infera chain as a validator candidate, from your own node.
#
#   export INFERA_VALIDATOR_SURI='<secret seed or mnemonic of the account>'   # or --suri //Bob on a dev chain
#   scripts/validator.sh [--rpc ws://127.0.0.1:9944] [--bond 10000] [--keys-only] [--dry-run]
#
# Against the node that will validate (run with --validator; RPC on localhost, where the default
# --rpc-methods auto allows the unsafe author_* methods), it generates session keys in the node's
# keystore with the proof that they sign for the account (author_rotateKeysWithOwner), bonds the
# stake (validators.bond: at least validators.minValidatorStake, the default), registers the keys
# (session.setKeys(keys, proof)) and prints the account, the bond, the keys, the events and the
# session at whose start the candidate enters the set. `--help` lists the options.
#
# Needs node.js and the npm packages of tests/e2e (scripts/setup.sh installs them; or
# `cd tests/e2e && npm ci`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v node >/dev/null 2>&1; then
  echo "error: node.js is not installed (scripts/setup.sh installs it)" >&2
  exit 1
fi
if [ ! -d "$ROOT/tests/e2e/node_modules/@polkadot/api" ]; then
  echo "error: @polkadot/api is missing: run scripts/setup.sh, or: (cd $ROOT/tests/e2e && npm ci)" >&2
  exit 1
fi
exec node "$ROOT/scripts/validator.mjs" "$@"
