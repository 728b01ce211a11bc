# The two commands (see README):
#   make run    install what is missing, build release, create demo data,
#               serve http://127.0.0.1:3000
#   make test   install what is missing and run every check, then print
#               how long each phase took: .ci/test.sh runs the targets
#               setup-packages, fmt, test-build, clippy-wasm, unit, build,
#               contrast and e2e in this order, setup-tools meanwhile
SHELL := /bin/bash
ENV := source .ci/env.sh &&

.PHONY: run test setup-build setup-test setup-packages setup-tools fmt clippy \
  clippy-wasm test-build unit build contrast e2e page-weight lighthouse

run: setup-build build
	$(ENV) ./target/release/sspr demo
	$(ENV) SSPR_DEMO=true ./target/release/sspr serve

test:
	@.ci/test.sh

setup-build:
	@.ci/setup.sh build

setup-test:
	@.ci/setup.sh test

setup-packages:
	@.ci/setup.sh packages

setup-tools:
	@.ci/setup.sh tools

fmt:
	$(ENV) cargo fmt --all --check

clippy:
	$(ENV) cargo clippy --workspace --all-targets --locked -- -D warnings
	$(MAKE) --no-print-directory clippy-wasm

clippy-wasm:
	$(ENV) cargo clippy -p app --lib --locked --target wasm32-unknown-unknown \
	  --no-default-features --features hydrate,islands -Zbuild-std=std,panic_abort \
	  --target-dir target/front -- -D warnings

# `make test` runs the server's clippy (every target, -D warnings) while
# the tests compile: clippy-driver stands in for rustc on the workspace's
# own crates, as under `cargo clippy`, but goes on to generate code. The
# dependencies then compile once, not once to check and again to build.
# `unit` runs with the same settings, so it finds everything compiled.
CLIPPY_BUILD := RUSTC_WORKSPACE_WRAPPER=clippy-driver \
  CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
test-build:
	$(ENV) $(CLIPPY_BUILD) cargo test --workspace --all-targets --locked --no-run

# The store suite runs on SQLite and on a throw-away PostgreSQL cluster.
# Tests run in parallel: the HTTP tests each start a server in the one
# test process, and the app's route list is made once per process
# (server/src/http/mod.rs says why).
unit:
	$(ENV) $(CLIPPY_BUILD) .ci/with-postgres.sh cargo test --workspace --locked

# Precompressed here rather than by cargo-leptos (see .ci/precompress.mjs).
build:
	$(ENV) cargo leptos build --release
	node .ci/precompress.mjs target/site
	node end2end/vendor-assets.mjs

# The stylesheet's colour pairs, light and dark, against WCAG AA.
contrast:
	node end2end/contrast.mjs

e2e:
	$(ENV) end2end/run.sh

page-weight:
	$(ENV) cd end2end && node page-weight.mjs $(URL)

# Lighthouse's mobile performance audit of / and /reset of a running server
# (a report, not a test; see README, "Performance").
lighthouse:
	$(ENV) cd end2end && node lighthouse.mjs $(URL)
