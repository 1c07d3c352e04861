#!/usr/bin/env bash
# Tests the decisions of scripts/setup.sh (scripts/lib/prerequisites.sh): which WASM route a
# machine takes, that a conflict or a missing tool stops with words saying what to install,
# and the Node.js version check. Stub commands (rustup, dpkg-query, apt-get, node, npm) stand
# in for the machine; two cases run the real rustup with a clean RUSTUP_HOME / this machine's.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0

# A PATH with only the basic tools the functions use, and the stubs in front.
mkdir -p "$work/base" "$work/stubs"
for tool in bash grep sort head cat printf; do
  ln -s "$(command -v "$tool")" "$work/base/$tool"
done
stub() { # name, body
  printf '#!%s\n%s\n' "$(command -v bash)" "$2" > "$work/stubs/$1"
  chmod +x "$work/stubs/$1"
}
# rustup: STUB_INSTALLED lists installed targets; STUB_ADD=ok lets `target add` succeed.
stub rustup 'case "$1 $2" in
  "target list") printf "%s\n" ${STUB_INSTALLED:-x86_64-unknown-linux-gnu} ;;
  "target add") [ "${STUB_ADD:-fail}" = ok ] || { echo "error: could not download" >&2; exit 1; }; echo "added $3" > "$STUB_LOG" ;;
  "component add") exit 0 ;;
  *) exit 1 ;;
esac'
# dpkg-query: STUB_DEBS lists installed Debian packages.
stub dpkg-query 'for p in $STUB_DEBS; do [ "$p" = "${!#}" ] && { printf "install ok installed"; exit 0; }; done; exit 1'
stub apt-get 'exit 0'
stub node 'echo "${STUB_NODE:-v20.19.0}"'
stub npm 'echo 10.0.0'
touch "$work/debian_version"

# Runs function $1 of prerequisites.sh with the stubs; stdout to $work/out, stderr to $work/err.
run() {
  env -i HOME="$work" PATH="$work/stubs:$work/base" STUB_LOG="$work/log" \
    INFERA_DEBIAN_VERSION_FILE="$work/debian_version" "${@:2}" \
    bash -c "source '$ROOT/scripts/lib/prerequisites.sh'; $1" > "$work/out" 2> "$work/err"
}
expect_ok() { # name, expected stdout, function, env...
  local name="$1" want="$2"; shift 2
  rm -f "$work/log"
  if ! run "$@"; then echo "FAIL $name: returned non-zero: $(cat "$work/err")"; exit 1; fi
  if [ "$(cat "$work/out")" != "$want" ]; then echo "FAIL $name: printed '$(cat "$work/out")', expected '$want'"; exit 1; fi
  echo "ok   $name"; passed=$((passed + 1))
}
expect_fail() { # name, words the message must contain, function, env...
  local name="$1" words="$2"; shift 2
  if run "$@"; then echo "FAIL $name: succeeded (printed '$(cat "$work/out")')"; exit 1; fi
  if ! grep -qF -- "$words" "$work/err"; then echo "FAIL $name: message lacks '$words': $(cat "$work/err")"; exit 1; fi
  echo "ok   $name"; passed=$((passed + 1))
}

# --- the WASM route
expect_ok "target already installed: standard route" standard choose_wasm_route \
  STUB_INSTALLED="x86_64-unknown-linux-gnu wasm32v1-none"
expect_ok "target installable: standard route" standard choose_wasm_route STUB_ADD=ok
grep -qx "added wasm32v1-none" "$work/log" || { echo "FAIL: rustup target add was not called"; exit 1; }
expect_ok "standard route even with Debian's rustc installed" standard choose_wasm_route \
  STUB_ADD=ok STUB_DEBS="rustc cargo"
expect_ok "no route to rustup's servers, Debian: fallback" rust-web choose_wasm_route STUB_DEBS="rustc-web"
expect_fail "fallback blocked by Debian's rustc and cargo: nothing removed, says what to do" \
  "with the installed Debian packages: rustc cargo. Nothing was removed" choose_wasm_route \
  STUB_DEBS="rustc cargo"
grep -qF "rustup target add wasm32v1-none" "$work/err" || { echo "FAIL: conflict message lacks the install command"; exit 1; }
expect_fail "no route to rustup's servers, not Debian: says to install the target" \
  "Install the target: rustup target add wasm32v1-none" choose_wasm_route INFERA_DEBIAN_VERSION_FILE="$work/none"
expect_fail "fallback disabled" "the fallback is disabled (INFERA_WASM_FALLBACK=0)" choose_wasm_route \
  INFERA_WASM_FALLBACK=0
expect_ok "forced route" rust-web choose_wasm_route STUB_ADD=ok INFERA_WASM_ROUTE=rust-web
mv "$work/stubs/rustup" "$work/rustup.away"
expect_fail "no rustup: prints the install command" "https://sh.rustup.rs" choose_wasm_route
mv "$work/rustup.away" "$work/stubs/rustup"

# --- Node.js
expect_ok "Node.js 20.19.0 accepted" "" check_node STUB_NODE=v20.19.0
expect_ok "Node.js 24.1.0 accepted" "" check_node STUB_NODE=v24.1.0
expect_fail "Node.js 18 (Debian bookworm) refused" "Node.js v18.19.0 is too old" check_node STUB_NODE=v18.19.0
expect_fail "Node.js 20.18.3 refused" "need >= 20.19.0" check_node STUB_NODE=v20.18.3
mv "$work/stubs/node" "$work/node.away"
expect_fail "no Node.js: says what to install" "Node.js >= 20.19.0 with npm is required" check_node
mv "$work/node.away" "$work/stubs/node"

# --- the real rustup
real_rustup="$(command -v rustup || true)"
if [ -n "$real_rustup" ]; then
  ln -sf "$real_rustup" "$work/base/rustup"
  rm "$work/stubs/rustup"
  # A standard rustup machine without access to rustup's servers, fallback disabled: a clean
  # RUSTUP_HOME/CARGO_HOME (no toolchain) and an unreachable dist server.
  expect_fail "real rustup, clean RUSTUP_HOME, no servers, fallback disabled" \
    "Install the target: rustup target add wasm32v1-none" choose_wasm_route \
    RUSTUP_HOME="$work/rustup-home" CARGO_HOME="$work/cargo-home" \
    RUSTUP_DIST_SERVER=http://127.0.0.1:9 RUSTUP_UPDATE_ROOT=http://127.0.0.1:9 INFERA_WASM_FALLBACK=0
  # This machine's rustup, when its toolchain has the target: the standard route.
  if rustup target list --installed 2>/dev/null | grep -qx wasm32v1-none; then
    expect_ok "real rustup with wasm32v1-none installed: standard route" standard choose_wasm_route \
      RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" \
      RUSTUP_DIST_SERVER=http://127.0.0.1:9
  fi
fi
echo "setup decisions: $passed checks passed"
