#!/usr/bin/env python3
"""Can timing tell an existing user name from a disabled or a made-up one?

Sends interleaved requests of three kinds (an existing user, a disabled
user, a name that matches nobody) to a running portal, at sign-in (a
wrong password) and at the reset's first step (`POST /api/start_reset`),
and prints each kind's median latency and the two-sided Mann-Whitney
p-value of each pair. A p-value above 0.01 means the two distributions
cannot be told apart at that level. Prints figures; asserts nothing.

    timing.py BASE_URL REQUESTS_PER_KIND RUNS

Names are `timingN@bench.example` (existing), `disabledN@bench.example`
(disabled) and `nobodyN@bench.example` (unknown); each request comes
"through" a trusted proxy from its own made-up client address, so that no
per-address limit is reached, and every name is used at most once per run
and step, so that no per-name limit is either.
"""
import hashlib
import http.client
import math
import random
import re
import statistics
import sys
import time
import urllib.parse

KINDS = ("existing", "disabled", "unknown")


def name(kind, run, step, i):
    prefix = {"existing": "timing", "disabled": "disabled", "unknown": "nobody"}[kind]
    # Existing and disabled names come from the imported directory; each
    # run and step uses its own slice of it.
    return f"{prefix}{(run * 2 + step) * 10_000 + i}@bench.example"


class Portal:
    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)

    def request(self, method, path, body=None, client_ip="198.51.100.1", cookie=None):
        headers = {
            "Accept": "text/html",
            "Sec-Fetch-Site": "same-origin",
            "X-Forwarded-For": client_ip,
        }
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urllib.parse.urlencode(body)
        if cookie:
            headers["Cookie"] = cookie
        started = time.perf_counter()
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        data = response.read()
        elapsed = time.perf_counter() - started
        return response.status, response.getheader("Location"), data.decode("utf-8", "replace"), elapsed


def hidden(page, field):
    found = re.search(rf'name="{field}" value="([^"]*)"', page)
    if not found:
        raise SystemExit(f"no {field} on the page")
    return found.group(1)


def solve(nonce, difficulty):
    counter = 0
    while True:
        digest = hashlib.sha256(f"{nonce}:{counter}".encode()).digest()
        bits = int.from_bytes(digest, "big")
        if bits >> (256 - difficulty) == 0 if difficulty else True:
            return counter
        counter += 1


def client_ip():
    return f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}"


def sign_in(portal, user):
    status, _, _, elapsed = portal.request(
        "POST", "/api/sign_in", {"username": user, "password": "Not-The-Password-42"}, client_ip()
    )
    assert status in (302, 303), status
    return elapsed


def start_reset(portal, user):
    ip = client_ip()
    _, _, page, _ = portal.request("GET", "/reset", client_ip=ip)
    token = hidden(page, "captcha_token")
    nonce, _, difficulty, _ = token.split(".")
    form = {
        "captcha_token": token,
        "captcha_sum_key": hidden(page, "captcha_sum_key"),
        "captcha_counter": str(solve(nonce, int(difficulty))),
        "user_id": user,
    }
    status, location, _, elapsed = portal.request("POST", "/api/start_reset", form, ip)
    assert location == "/reset/verify", (status, location)
    return elapsed


def mann_whitney_p(a, b):
    """Two-sided p-value, normal approximation with tie correction."""
    n1, n2 = len(a), len(b)
    combined = sorted([(v, 0) for v in a] + [(v, 1) for v in b])
    ranks = [0.0] * len(combined)
    ties = 0.0
    i = 0
    while i < len(combined):
        j = i
        while j + 1 < len(combined) and combined[j + 1][0] == combined[i][0]:
            j += 1
        rank = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[k] = rank
        t = j - i + 1
        ties += t**3 - t
        i = j + 1
    r1 = sum(r for r, (_, group) in zip(ranks, combined) if group == 0)
    u1 = r1 - n1 * (n1 + 1) / 2
    n = n1 + n2
    sigma = math.sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))))
    if sigma == 0:
        return 1.0
    z = (abs(u1 - n1 * n2 / 2) - 0.5) / sigma
    return math.erfc(max(z, 0) / math.sqrt(2))


def measure(portal, step_name, step, run, count):
    order = [(kind, i) for kind in KINDS for i in range(count)]
    random.shuffle(order)
    times = {kind: [] for kind in KINDS}
    action = sign_in if step == 0 else start_reset
    for kind, i in order:
        times[kind].append(action(portal, name(kind, run, step, i)) * 1000)
    medians = "  ".join(f"{k} {statistics.median(times[k]):.2f} ms" for k in KINDS)
    print(f"run {run + 1}, {step_name}: medians {medians}")
    for a, b in (("existing", "unknown"), ("existing", "disabled"), ("disabled", "unknown")):
        p = mann_whitney_p(times[a], times[b])
        verdict = "indistinguishable" if p > 0.01 else "DIFFERENT"
        print(f"    {a} vs {b}: Mann-Whitney p = {p:.3f} ({verdict} at 0.01)")


def main():
    base, count, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    portal = Portal(base)
    # Warm-up: connections, caches, the hasher's threads.
    for i in range(30):
        sign_in(portal, f"warmup{i}@bench.example")
        start_reset(portal, f"warmup{i}@bench.example")
    for run in range(runs):
        measure(portal, "sign-in, wrong password", 0, run, count)
        measure(portal, "POST /api/start_reset", 1, run, count)


if __name__ == "__main__":
    main()
