#!/usr/bin/env python3
"""Test sinks for sspr's delivery transports: a real SMTP server and an
HTTP stand-in for the SMS and voice gateways, both on loopback.

The tests start this as a child process and talk to it over HTTP:

    GET    /messages   every email and gateway call received, as JSON
    DELETE /messages   forget them
    POST   /fail       {"status": 503} makes gateway calls answer 503
                       until {"status": 0}
    POST   /sms        the gateway contract (see README, "Delivery"),
    POST   /voice      checked against the X-Sspr-Gateway-Secret header

When both servers listen it prints one JSON line, {"smtp": PORT, "http":
PORT}, and flushes. SIGTERM or SIGINT stops it cleanly; so does the end of
standard input with --exit-with-stdin, which lets a test's child die with
the test even when the test process is killed.

Needs Python 3 and aiosmtpd (Debian: python3-aiosmtpd).
"""

import argparse
import email
import email.policy
import hmac
import json
import os
import signal
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller

SECRET_HEADER = "X-Sspr-Gateway-Secret"
GATEWAY_FIELDS = ("channel", "to", "lang", "text")
MAX_BODY_BYTES = 64 * 1024


class Inbox:
    """What the sinks received, shared by the SMTP and HTTP threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.emails = []
        self.gateway = []
        self.fail_status = 0

    def snapshot(self):
        with self.lock:
            return {"emails": list(self.emails), "gateway": list(self.gateway)}

    def clear(self):
        with self.lock:
            self.emails.clear()
            self.gateway.clear()


class MailHandler:
    """Keeps each message: its text part decoded, for tests that compare
    text, and the message as received ("raw"), for tests that read its MIME
    structure. sspr's messages are 7-bit (non-ASCII text is encoded), so
    the raw bytes are ASCII; anything else shows as U+FFFD."""

    def __init__(self, inbox):
        self.inbox = inbox

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_to": list(envelope.rcpt_tos),
            "from": str(message["From"] or ""),
            "to": str(message["To"] or ""),
            "subject": str(message["Subject"] or ""),
            "message_id": str(message["Message-ID"] or ""),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset() or "",
            "body": body.get_content() if body is not None else "",
            "raw": envelope.content.decode("utf-8", errors="replace"),
        }
        with self.inbox.lock:
            self.inbox.emails.append(record)
        return "250 Message accepted for delivery"


class FreePortController(Controller):
    """aiosmtpd's Controller, able to bind port 0 and learn the port the
    system chose (the stock one connects to the requested port to check
    readiness, which fails for 0)."""

    def _create_server(self):
        async def bind():
            server = await self.loop.create_server(
                self._factory_invoker, host=self.hostname, port=self.port
            )
            self.port = server.sockets[0].getsockname()[1]
            return server

        return bind()


def http_handler(inbox, secret):
    class Handler(BaseHTTPRequestHandler):
        server_version = "sspr-test-sink"

        def log_message(self, format, *args):
            pass  # the tests read /messages, not a request log

        def reply(self, status, payload=None):
            data = b"" if payload is None else json.dumps(payload).encode()
            self.send_response(status)
            if payload is not None:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def read_json(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY_BYTES:
                return None
            try:
                return json.loads(self.rfile.read(length) or b"null")
            except ValueError:
                return None

        def do_GET(self):
            if self.path == "/messages":
                self.reply(HTTPStatus.OK, inbox.snapshot())
            else:
                self.reply(HTTPStatus.NOT_FOUND)

        def do_DELETE(self):
            if self.path == "/messages":
                inbox.clear()
                self.reply(HTTPStatus.NO_CONTENT)
            else:
                self.reply(HTTPStatus.NOT_FOUND)

        def do_POST(self):
            if self.path == "/fail":
                self.set_failure()
            elif self.path in ("/sms", "/voice"):
                self.gateway_call(self.path[1:])
            else:
                self.reply(HTTPStatus.NOT_FOUND)

        def set_failure(self):
            request = self.read_json()
            status = request.get("status") if isinstance(request, dict) else None
            if not isinstance(status, int) or not (status == 0 or 100 <= status <= 599):
                self.reply(HTTPStatus.BAD_REQUEST, {"error": "status must be 0 or 100-599"})
                return
            with inbox.lock:
                inbox.fail_status = status
            self.reply(HTTPStatus.NO_CONTENT)

        def gateway_call(self, channel):
            # A gateway that is down answers before it looks at anything.
            with inbox.lock:
                failing = inbox.fail_status
            if failing:
                self.reply(failing, {"error": "told to fail"})
                return
            presented = self.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(presented.encode(), secret.encode()):
                self.reply(HTTPStatus.UNAUTHORIZED, {"error": "wrong secret"})
                return
            request = self.read_json()
            if (
                not isinstance(request, dict)
                or not all(isinstance(request.get(f), str) for f in GATEWAY_FIELDS)
                or request["channel"] != channel
                or self.headers.get_content_type() != "application/json"
            ):
                self.reply(HTTPStatus.BAD_REQUEST, {"error": "not the gateway contract"})
                return
            record = {f: request[f] for f in GATEWAY_FIELDS}
            record["path"] = self.path
            with inbox.lock:
                inbox.gateway.append(record)
            self.reply(HTTPStatus.ACCEPTED, {"accepted": True})

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--smtp-port", type=int, default=0, help="0: a free port")
    parser.add_argument("--http-port", type=int, default=0, help="0: a free port")
    parser.add_argument(
        "--secret",
        default="sink-gateway-secret",
        help="the X-Sspr-Gateway-Secret value gateway calls must carry",
    )
    parser.add_argument(
        "--exit-with-stdin", action="store_true", help="stop when standard input closes"
    )
    args = parser.parse_args()

    inbox = Inbox()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())

    smtp = FreePortController(MailHandler(inbox), hostname=args.host, port=args.smtp_port)
    smtp.start()
    http = ThreadingHTTPServer((args.host, args.http_port), http_handler(inbox, args.secret))
    http.daemon_threads = True
    threading.Thread(target=http.serve_forever, daemon=True).start()

    if args.exit_with_stdin:

        def watch_stdin():
            # os.read, not sys.stdin: a buffered reader still blocked in
            # this thread would abort the interpreter's shutdown.
            while os.read(sys.stdin.fileno(), 4096):
                pass
            stop.set()

        threading.Thread(target=watch_stdin, daemon=True).start()

    print(json.dumps({"smtp": smtp.port, "http": http.server_address[1]}), flush=True)
    while not stop.wait(0.5):
        pass
    http.shutdown()
    http.server_close()
    smtp.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
