#!/usr/bin/env bash
# Runs the whole test suite: Rust unit tests, end-to-end tests that drive a dev node with
# polkadot.js (each e2e file starts and stops its own node), the web app's browser tests, then the
# network tests: four validators run by zombienet (scripts/network.sh test starts and stops them).
#
# Two lanes, so that a cold machine stays well inside CI's time limit: once the node and the
# reference server are built, everything the later steps compile (the upgrade WASM and checker,
# the unit test binaries, the runtime's other feature sets) is built in the background at the
# lowest CPU priority while the e2e and browser tests, which mostly wait for blocks, run in the
# foreground on copies of the two binaries. On a warm machine the background lane has nothing to
# compile. Each step's header tells the seconds since the start.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
source "$ROOT/scripts/env.sh"
cd "$ROOT"

start=$(date +%s)
step() { echo "== [+$(( $(date +%s) - start )) s] $*"; }
# The node features of every cargo build and test here, so nothing is built for a second set.
NODE_FEATURES="$(printf 'infera-node/%s ' $INFERA_NODE_FEATURES)"
# The e2e files that need what the background lane builds (the upgrade checker).
LATE_E2E=(upgrade-check.test.js)

step "set-up decisions (scripts/tests/setup.test.sh: WASM route, conflicts, Node.js version)"
bash scripts/tests/setup.test.sh
step "Docker files (scripts/check-docker.sh: structure, hadolint, compose safety; no engine needed)"
bash scripts/check-docker.sh

step "build the node and the reference inference server"
bash scripts/build.sh >/dev/null
bash scripts/build-provider.sh >/dev/null
# The tests run copies: the background lane's cargo may link these paths again while they run.
BIN_DIR="$(mktemp -d)"
cp "$INFERA_NODE_BIN" "$INFERA_PROVIDER_BIN" "$BIN_DIR/"
export INFERA_NODE_BIN="$BIN_DIR/infera-node" INFERA_PROVIDER_BIN="$BIN_DIR/infera-provider"

# The three cargo test runs, each defined once: the background lane builds them (`--no-run`),
# the foreground runs them later.
unit_tests() { cargo test --locked --workspace --features "$NODE_FEATURES" "$@"; }
provider_tests() { CARGO_TARGET_DIR="$INFERA_PROVIDER_TARGET_DIR" cargo test --locked --manifest-path provider/Cargo.toml "$@"; }
benchmark_tests() { cargo test --locked -p pallet-models -p pallet-compute -p pallet-jobs -p pallet-validators --features runtime-benchmarks "$@"; }

# The background lane: builds only (its tests run later, in the foreground).
background_builds() {
  set -euo pipefail
  echo "-- the upgrade WASM of the network test"
  bash scripts/build-upgrade-wasm.sh >/dev/null
  echo "-- the upgrade checker (tests/e2e/upgrade-check.test.js)"
  bash scripts/try-upgrade.sh --help >/dev/null
  echo "-- unit test binaries"
  unit_tests --no-run
  echo "-- the runtime's other feature sets, checked natively (nothing else builds them): the production (6 s) runtime, runtime-benchmarks (try-runtime: the upgrade checker above)"
  for features in "" runtime-benchmarks; do
    SKIP_WASM_BUILD=1 cargo check --locked -p infera-runtime ${features:+--features "$features"}
  done
  echo "-- the reference inference server's tests"
  provider_tests --no-run
  echo "-- the benchmark tests"
  benchmark_tests --no-run
}
mkdir -p tests/e2e/logs
BACKGROUND_LOG="$ROOT/tests/e2e/logs/background-builds.log"
step "background lane started (lowest priority; its output: tests/e2e/logs/background-builds.log)"
export NODE_FEATURES
export -f background_builds unit_tests provider_tests benchmark_tests
# Its own process group (setsid), so that a failure in the foreground stops all of it.
setsid nice -n 19 bash -c background_builds > "$BACKGROUND_LOG" 2>&1 &
background=$!
cleanup() {
  kill -- "-$background" 2>/dev/null || true
  rm -rf "$BIN_DIR"
}
trap cleanup EXIT

step "e2e (polkadot.js against infera-node)"
cd tests/e2e
early=()
for f in ./*.test.js; do [[ " ${LATE_E2E[*]} " == *" ${f#./} "* ]] || early+=("$f"); done
node --test --test-concurrency=1 --test-reporter=spec "${early[@]}"
step "benchmark smoke run (tests/e2e/bench.mjs with tiny counts on the debug node: it runs, nothing is lost; its numbers mean nothing)"
BENCH_OUT=logs/bench-smoke BENCH_STRICT=1 BENCH_SECONDS=4 BENCH_ACCOUNTS=8 BENCH_TRANSFERS_SIGNED=400 BENCH_JOBS_MIN=1 \
  BENCH_PROVIDERS=8 node bench.mjs > logs/bench-smoke.out 2>&1 || { tail -40 logs/bench-smoke.out; exit 1; }
tail -14 logs/bench-smoke.out
cd "$ROOT"

step "web app: type check, build, browser tests (headless Chromium against a dev node)"
(cd web && npm run build >/dev/null && npm test)

step "waiting for the background lane"
if ! wait "$background"; then
  tail -60 "$BACKGROUND_LOG"
  echo "the background builds failed (whole log: $BACKGROUND_LOG)" >&2
  exit 1
fi
grep -E '^(-- |    Finished)' "$BACKGROUND_LOG"

step "cargo test"
unit_tests
step "reference inference server tests"
provider_tests
step "benchmark tests (each benchmark runs once on the pallet's mock runtime)"
benchmark_tests bench

step "e2e that needed the background lane: ${LATE_E2E[*]}"
(cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec "${LATE_E2E[@]/#/./}")

step "network tests (zombienet: four validators, one stopped, slashed, restarted and rejoined, a twin that equivocates, live runtime upgrade)"
INFERA_NODE_PREBUILT=1 bash scripts/network.sh test
step "all tests passed in $(( $(date +%s) - start )) s"
