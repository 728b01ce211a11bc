#!/usr/bin/env bash
# `make test`: runs the Makefile's checks one phase after another, then
# prints how long each took (also when one fails: what ran until then).
#
# On a new machine the cargo tools (cargo-leptos, wasm-bindgen) take the
# longest to install. Nothing needs them before the release build, so
# they install in the background while fmt, clippy and the tests run: the
# compiles do not keep both cores busy all the time, and the tests mostly
# wait on their servers, so the installs fill the gaps.
set -uo pipefail
cd "$(dirname "$0")/.."

LOGS=target/setup-logs
mkdir -p "$LOGS"

names=()
secs=()
cpus=()
results=()
t_start=$EPOCHREALTIME
tools_pid=
tools_t0=
current=
current_t0=

since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
# The CPU time a phase used (user + system, all its processes), from the
# `times` of the subshell that ran it: with the wall time it tells a slow
# phase from a machine busy with other work.
cpu_of() {
  awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, t, "m"); sub("s", "", t[2]); s += t[1] * 60 + t[2] } }
       END { printf "%.1f", s }' "$1"
}
outcome() { if [ "$1" -eq 0 ]; then echo ok; else echo "FAILED ($1)"; fi; }

report() {
  local status=$?
  if [ -n "$current" ]; then
    names+=("$current")
    secs+=("$(since "$current_t0")")
    cpus+=("")
    results+=("stopped, unfinished")
  fi
  # A phase failed while the tools were still installing: stop them.
  if [ -n "$tools_pid" ]; then
    kill -- -"$tools_pid" 2>/dev/null || true
    names+=("setup: cargo tools, npm (background)")
    secs+=("$(since "$tools_t0")")
    cpus+=("")
    results+=("stopped, unfinished")
  fi
  printf '\n%-40s %8s %8s  %s\n' "make test, phase" "wall s" "CPU s" result
  for i in "${!names[@]}"; do
    printf '%-40s %8s %8s  %s\n' "${names[$i]}" "${secs[$i]}" "${cpus[$i]}" "${results[$i]}"
  done
  local cpu_total
  cpu_total=$(printf '%s\n' "${cpus[@]}" | awk '{ s += $1 } END { printf "%.1f", s }')
  printf '%-40s %8s %8s  %s\n' total "$(since "$t_start")" "$cpu_total" "$(outcome "$status")"
  echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
}
trap report EXIT
# Stopped from outside: the table says so instead of "ok".
trap 'exit 143' TERM
trap 'exit 130' INT

# phase NAME TARGET: runs a Makefile target; a failure ends the run.
phase() {
  local t0=$EPOCHREALTIME rc=0
  echo "==> $1 (make $2)"
  current=$1 current_t0=$t0
  (make --no-print-directory "$2"; s=$?; times >"$LOGS/$2.cpu"; exit $s) || rc=$?
  current=
  names+=("$1")
  secs+=("$(since "$t0")")
  cpus+=("$(cpu_of "$LOGS/$2.cpu")")
  results+=("$(outcome "$rc")")
  [ "$rc" -eq 0 ] || exit "$rc"
}

phase "setup: Debian packages" setup-packages

# Its own process group, so that a failure stops cargo and its rustc too.
echo "==> setup: cargo tools, npm packages (in the background; log: $LOGS/setup-tools.log)"
tools_t0=$EPOCHREALTIME
rm -f "$LOGS/setup-tools.end"
setsid bash -c 'make --no-print-directory setup-tools; s=$?; times >"$0.cpu"; echo "$EPOCHREALTIME" >"$0.end"; exit $s' \
  "$LOGS/setup-tools" >"$LOGS/setup-tools.log" 2>&1 </dev/null &
tools_pid=$!

phase "fmt" fmt
phase "clippy (server) and test build" test-build
phase "clippy (browser, wasm)" clippy-wasm
phase "tests: unit, property, HTTP" unit

wait_t0=$EPOCHREALTIME
rc=0
wait "$tools_pid" || rc=$?
tools_pid=
cat "$LOGS/setup-tools.log"
names+=("setup: cargo tools, npm (background)" "  of which the checks waited")
secs+=("$(awk -v a="$tools_t0" -v b="$(cat "$LOGS/setup-tools.end" 2>/dev/null || echo "$EPOCHREALTIME")" 'BEGIN { printf "%.1f", b - a }')" \
  "$(since "$wait_t0")")
cpus+=("$(cpu_of "$LOGS/setup-tools.cpu")" "")
results+=("$(outcome "$rc")" "")
[ "$rc" -eq 0 ] || exit "$rc"

phase "release build" build
phase "colour contrast (light, dark)" contrast
phase "browser specs, page weight" e2e
