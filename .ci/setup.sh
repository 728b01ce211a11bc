#!/usr/bin/env bash
# Installs what the build (and, with `test`, the tests) need. Idempotent:
# each step checks first and does nothing when its tool is present.
#   .ci/setup.sh build   toolchain, cargo-leptos, wasm-bindgen, wasm-opt
#   .ci/setup.sh test    the above plus Chromium for the browser tests,
#                        PostgreSQL for the store suite, aiosmtpd for the sinks
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

CARGO_LEPTOS_VERSION=0.3.11
# Must equal the `wasm-bindgen` crate pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_packages=(rustc-web cargo-web rust-web-src rust-web-clippy rustfmt-web lld-22 pkg-config)
if [ "${1:-build}" = test ]; then
  apt_packages+=(chromium postgresql python3-aiosmtpd)
fi
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

rust_minor=$(/usr/bin/rustc --version | sed -n 's/^rustc 1\.\([0-9]*\).*/\1/p')
if [ "${rust_minor:-0}" -lt 88 ]; then
  echo "Debian's rustc-web is $(/usr/bin/rustc --version); 1.88 or later is needed." >&2
  echo "Enable the bookworm-security repository, which carries newer rustc-web." >&2
  exit 1
fi

# The two cargo tools build in parallel: neither keeps both cores busy
# all the time, so together they take little longer than cargo-leptos alone.
pids=()
if [ "$(cargo-leptos --version 2>/dev/null)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (takes a while, once)"
  # A debug build installs in half the time and runs fast enough: the work
  # it orchestrates is done by cargo, wasm-bindgen and wasm-opt.
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads --debug &
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

# npm packages: wasm-opt (binaryen; Debian's is too old and breaks hydration)
# and Playwright. Never a downloaded browser.
stamp=end2end/node_modules/.lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s end2end/package-lock.json "$stamp"; then
  say "installing npm packages"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  cp end2end/package-lock.json "$stamp"
fi
