"""Pace requests below your per-minute limit and pause when the API reports an empty budget."""
import re
import threading
import time

import openai

MODEL = "gpt-4.1-mini"
REQUESTS_PER_MINUTE = 50  # a little below the RPM limit of your usage tier
client = openai.OpenAI()  # OPENAI_API_KEY, OPENAI_BASE_URL


class Pacer:
    """Spaces calls evenly, also across threads: each caller books the next free slot."""

    def __init__(self, per_minute):
        self.gap, self.next_at, self.lock = 60.0 / per_minute, 0.0, threading.Lock()

    def wait(self):
        with self.lock:
            now = time.monotonic()
            at = max(now, self.next_at)
            self.next_at = at + self.gap
        time.sleep(at - now)


def seconds(duration):
    """x-ratelimit-reset-* values are durations such as '1s', '6m0s' or '12ms'."""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    return sum(float(n) * units[u] for n, u in re.findall(r"([\d.]+)(ms|h|m|s)", duration or ""))


pacer = Pacer(REQUESTS_PER_MINUTE)
for prompt in ["first", "second", "third"]:
    pacer.wait()
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": prompt}])
    h = raw.headers
    print(raw.parse().choices[0].message.content, "| requests left:", h.get("x-ratelimit-remaining-requests"),
          "| tokens left:", h.get("x-ratelimit-remaining-tokens"))
    for kind in ("requests", "tokens"):
        if h.get(f"x-ratelimit-remaining-{kind}") == "0":  # budget used up: wait for the window to reset
            time.sleep(seconds(h.get(f"x-ratelimit-reset-{kind}")))
