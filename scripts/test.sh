#!/usr/bin/env bash
# Runs the whole test suite: Rust unit tests, end-to-end tests that drive a dev node with
# polkadot.js (each e2e file starts and stops its own node), then the network tests: four
# validators run by zombienet (scripts/network.sh test starts and stops them).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
source "$ROOT/scripts/env.sh"
cd "$ROOT"

start=$(date +%s)
echo "== set-up decisions (scripts/tests/setup.test.sh: WASM route, conflicts, Node.js version)"
bash scripts/tests/setup.test.sh
echo "== Docker files (scripts/check-docker.sh: structure, hadolint, compose safety; no engine needed)"
bash scripts/check-docker.sh

echo "== build node, reference inference server and the upgrade WASM of the network test"
bash scripts/build.sh >/dev/null
bash scripts/build-provider.sh >/dev/null
bash scripts/build-upgrade-wasm.sh >/dev/null
bash scripts/try-upgrade.sh --help >/dev/null   # builds the upgrade checker (tests/e2e/upgrade-check.test.js)

echo "== cargo test"
# Same features as the node build, so nothing is rebuilt for a second feature set.
cargo test --locked --workspace --features "$(printf 'infera-node/%s ' $INFERA_NODE_FEATURES)"

echo "== the runtime's other feature sets, checked natively (nothing else builds them): the production (6 s) runtime, try-runtime, runtime-benchmarks"
for features in "" try-runtime runtime-benchmarks; do
  SKIP_WASM_BUILD=1 cargo check --locked -p infera-runtime ${features:+--features "$features"}
done

echo "== reference inference server tests"
CARGO_TARGET_DIR="$INFERA_PROVIDER_TARGET_DIR" cargo test --locked --manifest-path provider/Cargo.toml

echo "== benchmark tests (each benchmark runs once on the pallet's mock runtime)"
cargo test --locked -p pallet-models -p pallet-compute -p pallet-jobs -p pallet-validators --features runtime-benchmarks bench

echo "== e2e (polkadot.js against infera-node)"
cd tests/e2e
node --test --test-concurrency=1 --test-reporter=spec ./*.test.js
echo "== benchmark smoke run (tests/e2e/bench.mjs with tiny counts on the debug node: it runs, nothing is lost; its numbers mean nothing)"
BENCH_OUT=logs/bench-smoke BENCH_STRICT=1 BENCH_SECONDS=4 BENCH_ACCOUNTS=8 BENCH_TRANSFERS_SIGNED=400 BENCH_JOBS_MIN=1 \
  BENCH_PROVIDERS=8 node bench.mjs > logs/bench-smoke.out 2>&1 || { tail -40 logs/bench-smoke.out; exit 1; }
tail -14 logs/bench-smoke.out
cd "$ROOT"

echo "== web app: type check, build, browser tests (headless Chromium against a dev node)"
(cd web && npm run build >/dev/null && npm test)

echo "== network tests (zombienet: four validators, one stopped, slashed, restarted and rejoined, a twin that equivocates, live runtime upgrade)"
INFERA_NODE_PREBUILT=1 bash scripts/network.sh test
echo "== all tests passed in $(( $(date +%s) - start )) s"
