#!/usr/bin/env bash
# Installs what the build (and, with `test`, the tests) need. Idempotent:
# each step checks first and does nothing when its tool is present.
#   .ci/setup.sh build      Debian's toolchain, cargo-leptos, wasm-bindgen,
#                           npm packages (wasm-opt)
#   .ci/setup.sh test       the above plus Chromium for the browser tests,
#                           PostgreSQL for the store suite, aiosmtpd for the
#                           sinks
# `make test` installs in two parts so that the slow one overlaps the
# checks (.ci/test.sh):
#   .ci/setup.sh packages   the Debian packages of `test` (needed first)
#   .ci/setup.sh tools      cargo-leptos, wasm-bindgen and the npm packages
#                           (needed from the release build on)
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

CARGO_LEPTOS_VERSION=0.3.11
# Must equal the `wasm-bindgen` crate pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

debian_packages() {
  local apt_packages=(rustc-web cargo-web rust-web-src rust-web-clippy rustfmt-web lld-22 pkg-config)
  if [ "$1" = test ]; then
    apt_packages+=(chromium postgresql python3-aiosmtpd)
  fi
  local missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi

  local rust_minor
  rust_minor=$(/usr/bin/rustc --version | sed -n 's/^rustc 1\.\([0-9]*\).*/\1/p')
  if [ "${rust_minor:-0}" -lt 88 ]; then
    echo "Debian's rustc-web is $(/usr/bin/rustc --version); 1.88 or later is needed." >&2
    echo "Enable the bookworm-security repository, which carries newer rustc-web." >&2
    exit 1
  fi
}

# The two cargo tools build in parallel: neither keeps both cores busy
# all the time, so together they take little longer than cargo-leptos alone.
cargo_tools() {
  local pids=()
  if [ "$(cargo-leptos --version 2>/dev/null)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
    say "installing cargo-leptos $CARGO_LEPTOS_VERSION (takes a while, once)"
    # A debug build installs in half the time and runs fast enough: the
    # work it orchestrates is done by cargo, wasm-bindgen and wasm-opt.
    # Without debug info it compiles and links faster still; nobody
    # steps through it in a debugger.
    CARGO_PROFILE_DEV_DEBUG=0 cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" \
      --locked --features no_downloads --debug &
    pids+=($!)
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force &
    pids+=($!)
  fi
  for pid in "${pids[@]}"; do
    wait "$pid"
  done
}

# npm packages: wasm-opt (binaryen; Debian's is too old and breaks hydration)
# and Playwright. Never a downloaded browser.
npm_packages() {
  local stamp=end2end/node_modules/.lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s end2end/package-lock.json "$stamp"; then
    say "installing npm packages"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp end2end/package-lock.json "$stamp"
  fi
}

case "${1:-build}" in
  build | test)
    debian_packages "${1:-build}"
    cargo_tools
    npm_packages
    ;;
  packages)
    debian_packages test
    ;;
  tools)
    # npm downloads while cargo compiles.
    npm_packages &
    npm_pid=$!
    cargo_tools
    wait "$npm_pid"
    ;;
  *)
    echo "usage: $0 build|test|packages|tools" >&2
    exit 2
    ;;
esac
