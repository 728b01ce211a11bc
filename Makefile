# The two commands (see README):
#   make run    install what is missing, build release, create demo data,
#               serve http://127.0.0.1:3000
#   make test   install what is missing and run every check
SHELL := /bin/bash
ENV := source .ci/env.sh &&

.PHONY: run test setup-build setup-test fmt clippy unit build e2e page-weight lighthouse

run: setup-build build
	$(ENV) ./target/release/sspr demo
	$(ENV) SSPR_DEMO=true ./target/release/sspr serve

test: setup-test fmt clippy unit build e2e

setup-build:
	@.ci/setup.sh build

setup-test:
	@.ci/setup.sh test

fmt:
	$(ENV) cargo fmt --all --check

clippy:
	$(ENV) cargo clippy --workspace --all-targets --locked -- -D warnings
	$(ENV) cargo clippy -p app --lib --locked --target wasm32-unknown-unknown \
	  --no-default-features --features hydrate,islands -Zbuild-std=std,panic_abort \
	  --target-dir target/front -- -D warnings

# The store suite runs on SQLite and on a throw-away PostgreSQL cluster.
# Tests run in parallel: the HTTP tests each start a server in the one
# test process, and the app's route list is made once per process
# (server/src/http/mod.rs says why).
unit:
	$(ENV) .ci/with-postgres.sh cargo test --workspace --locked

build:
	$(ENV) cargo leptos build --release --precompress
	node end2end/vendor-assets.mjs

e2e:
	$(ENV) end2end/run.sh

page-weight:
	$(ENV) cd end2end && node page-weight.mjs $(URL)

# Lighthouse's mobile performance audit of / and /reset of a running server
# (a report, not a test; see README, "Performance").
lighthouse:
	$(ENV) cd end2end && node lighthouse.mjs $(URL)
