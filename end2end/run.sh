#!/usr/bin/env bash
# Starts the mail and gateway sinks and the release server on free ports
# with a throw-away database and demo data, runs the Playwright specs in
# Debian's Chromium, and always stops both, whatever the specs do.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/target/release/sspr"
[ -x "$BIN" ] || { echo "build first: $BIN is missing" >&2; exit 1; }

TMP=$(mktemp -d)
PID=
PID2=
SINK_PID=
cleanup() {
  for pid in "$PID" "$PID2" "$SINK_PID"; do
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

# A second portal whose policy asks for two methods and allows unlocking
# alone, for the reset specs that need them.
TWO="$TMP/two-gates"
mkdir -p "$TWO"
PORT2=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
two() {
  SSPR_DATA_DIR="$TWO" SSPR_LISTEN_ADDR="127.0.0.1:$PORT2" \
    SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$PORT2/" "$BIN" "$@"
}
two demo >/dev/null
two policy set --methods-required 2 --unlock-without-reset true >/dev/null
two serve >"$TMP/server2.log" 2>&1 &
PID2=$!
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$PORT2/', timeout=1)" 2>/dev/null; then break; fi
  kill -0 "$PID2" 2>/dev/null || { cat "$TMP/server2.log"; exit 1; }
  sleep 0.1
done
export BASE_URL_TWO_GATES="http://127.0.0.1:$PORT2" TWO_GATES_DATA_DIR="$TWO"

cd "$ROOT/end2end"
export BASE_URL="http://127.0.0.1:$PORT"
status=0
npx playwright test "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log ---"; cat "$TMP/server.log"
  echo "--- second server log ---"; cat "$TMP/server2.log"
fi
if [ "${PAGE_WEIGHT:-1}" = 1 ]; then
  node page-weight.mjs "$BASE_URL/" || true
fi
exit "$status"
