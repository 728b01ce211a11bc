#!/usr/bin/env bash
# Starts the mail and gateway sinks and the release server on free ports
# with a throw-away database and demo data, runs the Playwright specs in
# Debian's Chromium, and always stops them all, whatever the specs do.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/target/release/sspr"
[ -x "$BIN" ] || { echo "build first: $BIN is missing" >&2; exit 1; }

TMP=$(mktemp -d)
PID=
SINK_PID=
cleanup() {
  for pid in "$PID" "$SINK_PID" $(cat "$TMP"/*.pid 2>/dev/null); do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" && wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

# A real SMTP server and the SMS/voice gateway stand-in; codes are read
# back from its HTTP side by the specs.
SINK_SECRET="e2e-gateway-secret-$RANDOM$RANDOM"
python3 "$ROOT/end2end/sinks.py" --secret "$SINK_SECRET" >"$TMP/sinks.json" 2>"$TMP/sinks.log" &
SINK_PID=$!
for _ in $(seq 1 100); do
  [ -s "$TMP/sinks.json" ] && break
  kill -0 "$SINK_PID" 2>/dev/null || { cat "$TMP/sinks.log"; exit 1; }
  sleep 0.1
done
SMTP_PORT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["smtp"])' "$TMP/sinks.json")
SINK_HTTP_PORT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["http"])' "$TMP/sinks.json")
export SINK_URL="http://127.0.0.1:$SINK_HTTP_PORT"
export SSPR_SMTP__HOST=127.0.0.1 SSPR_SMTP__PORT="$SMTP_PORT" SSPR_SMTP__SECURITY=none
export SSPR_SMTP__FROM="sspr@contoso.example"
export SSPR_SMS__URL="$SINK_URL/sms" SSPR_SMS__SECRET="$SINK_SECRET"
export SSPR_VOICE__URL="$SINK_URL/voice" SSPR_VOICE__SECRET="$SINK_SECRET"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export SSPR_LISTEN_ADDR="127.0.0.1:$PORT"
export SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$PORT/"
export SSPR_DATA_DIR="$TMP"
export SSPR_SITE_ROOT="$ROOT/target/site"
export SSPR_LOG=warn
# The specs create their own users with the administrator CLI.
export SERVER_BIN="$BIN"

cd "$TMP"
"$BIN" demo >/dev/null
"$BIN" serve >"$TMP/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$PORT/', timeout=1)" 2>/dev/null; then break; fi
  kill -0 "$PID" 2>/dev/null || { cat "$TMP/server.log"; exit 1; }
  sleep 0.1
done

# portal NAME [POLICY OPTIONS]: another portal on a free port, with its own
# data directory (and so its own per-address budgets), demo data and the
# policy changed by the options; its PID goes to $TMP/NAME.pid. Sets PORTAL_URL.
portal() {
  local name=$1 dir="$TMP/$1" port pid
  shift
  mkdir -p "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  local env=(SSPR_DATA_DIR="$dir" SSPR_LISTEN_ADDR="127.0.0.1:$port" SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$port/")
  env "${env[@]}" "$BIN" demo >/dev/null
  if [ $# -gt 0 ]; then env "${env[@]}" "$BIN" policy set "$@" >/dev/null; fi
  env "${env[@]}" "$BIN" serve >"$TMP/$name.log" 2>&1 &
  pid=$!
  echo "$pid" >"$TMP/$name.pid"
  for _ in $(seq 1 100); do
    if python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/', timeout=1)" 2>/dev/null; then break; fi
    kill -0 "$pid" 2>/dev/null || { cat "$TMP/$name.log"; exit 1; }
    sleep 0.1
  done
  PORTAL_URL="http://127.0.0.1:$port"
}

# A second portal whose policy asks for two methods and allows unlocking
# alone, for the reset specs that need them.
TWO_GATES=(--methods-required 2 --unlock-without-reset true)
portal two-gates "${TWO_GATES[@]}"
export BASE_URL_TWO_GATES="$PORTAL_URL" TWO_GATES_DATA_DIR="$TMP/two-gates"
# The accessibility walk visits every step in three languages with
# JavaScript on and off, so it has portals of its own of both kinds: its
# attempts do not use up the budgets per client address (50 reset attempts
# an hour) that the other specs count on.
portal a11y
export BASE_URL_A11Y="$PORTAL_URL" A11Y_DATA_DIR="$TMP/a11y"
portal a11y-two-gates "${TWO_GATES[@]}"
export BASE_URL_A11Y_TWO_GATES="$PORTAL_URL" A11Y_TWO_GATES_DATA_DIR="$TMP/a11y-two-gates"
# The branding spec publishes looks, which every page of a portal shows:
# it has one portal per project, so that neither another spec nor the
# other project sees its drafts and publications.
portal branding-on
export BASE_URL_BRANDING_JS_ON="$PORTAL_URL"
portal branding-off
export BASE_URL_BRANDING_JS_OFF="$PORTAL_URL"

cd "$ROOT/end2end"
export BASE_URL="http://127.0.0.1:$PORT"
status=0
npx playwright test "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log ---"; cat "$TMP/server.log"
  for log in "$TMP"/two-gates.log "$TMP"/a11y*.log "$TMP"/branding*.log; do echo "--- $(basename "$log" .log) server log ---"; cat "$log"; done
fi
if [ "${PAGE_WEIGHT:-1}" = 1 ]; then
  node page-weight.mjs "$BASE_URL/" || true
fi
exit "$status"
