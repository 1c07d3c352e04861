# The decisions of scripts/setup.sh, as functions without side effects on the system beyond
# `rustup target add` / `rustup component add`, so that scripts/tests/setup.test.sh can run
# them against stub commands. Source it, don't run it.
#
# Two routes build the runtime's WASM:
#  - standard: rustup's toolchain with the `wasm32v1-none` target (what polkadot-sdk
#    documents). Used whenever `rustup target add wasm32v1-none` works.
#  - rust-web (fallback, Debian only): Debian's `rustc-web` with a self-built wasm32v1-none
#    sysroot, for machines whose rustup cannot reach its servers. scripts/env.sh then sets
#    WASM_BUILD_TOOLCHAIN=rust-web.
# The route is recorded in "$INFERA_STATE_DIR/wasm-route" (scripts/env.sh reads it).

WASM_TARGET=wasm32v1-none
RUSTUP_INSTALL_COMMAND="curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y && . \"\$HOME/.cargo/env\""
# Debian packages of the fallback route, and the installed packages they cannot live beside.
FALLBACK_PACKAGES=(rustc-web cargo-web rust-web-src libstd-rust-web-dev rust-web-llvm lld-22)
FALLBACK_CONFLICTS=(rustc cargo)
# Vite 7 and playwright need Node.js 20.19 or later (also in web/package.json's engines and .nvmrc).
NODE_MIN_VERSION=20.19.0

# Whether Debian package $1 is installed.
deb_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Whether this is a Debian (or derived) system with apt.
is_debian() {
  [ -f "${INFERA_DEBIAN_VERSION_FILE:-/etc/debian_version}" ] && command -v apt-get >/dev/null 2>&1
}

# Prints the WASM route to take (standard | rust-web) on stdout; when neither works, says what
# to install on stderr and returns 1. Never removes anything. INFERA_WASM_ROUTE forces a route;
# INFERA_WASM_FALLBACK=0 disables the fallback.
choose_wasm_route() {
  if ! command -v rustup >/dev/null 2>&1; then
    echo "rustup is required (it provides the Rust toolchain that builds the node). Install it with:" >&2
    echo "  $RUSTUP_INSTALL_COMMAND" >&2
    return 1
  fi
  case "${INFERA_WASM_ROUTE:-auto}" in
    standard | rust-web) echo "$INFERA_WASM_ROUTE"; return 0 ;;
    auto) ;;
    *) echo "INFERA_WASM_ROUTE must be standard, rust-web or auto (got '$INFERA_WASM_ROUTE')" >&2; return 1 ;;
  esac
  if rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET" \
    || rustup target add "$WASM_TARGET" >&2; then
    # polkadot-sdk documents rust-src beside the target; the build only needs it for build-std.
    rustup component add rust-src >&2 || echo "note: rustup could not add rust-src (not needed with $WASM_TARGET installed)" >&2
    echo standard
    return 0
  fi
  local install_target="rustup target add $WASM_TARGET (rustup needs HTTPS access to static.rust-lang.org)"
  if [ "${INFERA_WASM_FALLBACK:-1}" = 0 ]; then
    echo "rustup could not install the $WASM_TARGET target and the fallback is disabled (INFERA_WASM_FALLBACK=0)." >&2
    echo "Install the target: $install_target" >&2
    return 1
  fi
  if ! is_debian; then
    echo "rustup could not install the $WASM_TARGET target, and the fallback (Debian's rustc-web) needs Debian." >&2
    echo "Install the target: $install_target" >&2
    return 1
  fi
  local conflicts=() p
  for p in "${FALLBACK_CONFLICTS[@]}"; do
    if deb_installed "$p"; then conflicts+=("$p"); fi
  done
  if [ "${#conflicts[@]}" -gt 0 ]; then
    echo "rustup could not install the $WASM_TARGET target, and the fallback (Debian's rustc-web) conflicts" >&2
    echo "with the installed Debian packages: ${conflicts[*]}. Nothing was removed. Either install the target:" >&2
    echo "  $install_target" >&2
    echo "or remove those packages yourself (apt-get remove ${conflicts[*]}) and run this again." >&2
    return 1
  fi
  echo rust-web
}

# Whether version $1 (e.g. v20.19.0 or 20.19.0) is at least $2.
version_at_least() {
  local have="${1#v}" want="${2#v}"
  [ "$(printf '%s\n%s\n' "$want" "$have" | sort -V | head -n1)" = "$want" ]
}

# Checks that node (and npm) are present and recent enough; says what to install otherwise.
check_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js >= $NODE_MIN_VERSION with npm is required (the tests and the web app use it): install it" >&2
    echo "from https://nodejs.org, NodeSource's packages or nvm (\`nvm install\` reads .nvmrc)." >&2
    return 1
  fi
  local version
  version="$(node --version)"
  if ! version_at_least "$version" "$NODE_MIN_VERSION"; then
    echo "Node.js $version is too old: Vite 7 and playwright need >= $NODE_MIN_VERSION (Debian bookworm's nodejs" >&2
    echo "package is 18). Install a newer one from https://nodejs.org, NodeSource's packages or nvm (\`nvm install\` reads .nvmrc)." >&2
    return 1
  fi
}
