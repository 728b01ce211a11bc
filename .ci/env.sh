# Sourced by the Makefile's recipes: one toolchain for the whole build.
#
# The browser bundle needs a wasm32 standard library. Debian's rustc-web
# ships its sources, so the wasm std is built from them (-Zbuild-std, which
# needs RUSTC_BOOTSTRAP) and linked with LLVM's wasm-ld. The server is built
# by the same compiler so that every artifact comes from one toolchain.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export RUSTC=/usr/bin/rustc
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld
# Debian's cargo/rustc first, then cargo-installed tools, then wasm-opt from npm.
export PATH="/usr/bin:${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/end2end/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# A clean build gains nothing from incremental caches, which take disk.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi
