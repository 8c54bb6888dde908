"""Pace requests below your per-minute limit and pause when the API reports an empty budget."""
import threading
import time
from datetime import datetime, timezone

import anthropic

MODEL = "claude-sonnet-4-6"
REQUESTS_PER_MINUTE = 40  # a little below the RPM limit of your usage tier
client = anthropic.Anthropic()  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL


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


pacer = Pacer(REQUESTS_PER_MINUTE)
for prompt in ["first", "second", "third"]:
    pacer.wait()
    raw = client.messages.with_raw_response.create(
        model=MODEL, max_tokens=256, messages=[{"role": "user", "content": prompt}])
    h = raw.headers
    print(raw.parse().content[0].text, "| requests left:", h.get("anthropic-ratelimit-requests-remaining"),
          "| tokens left:", h.get("anthropic-ratelimit-tokens-remaining"))
    for kind in ("requests", "tokens"):
        reset = h.get(f"anthropic-ratelimit-{kind}-reset")  # RFC 3339 time, e.g. 2026-12-02T08:00:30Z
        if h.get(f"anthropic-ratelimit-{kind}-remaining") == "0" and reset:
            delay = datetime.fromisoformat(reset.replace("Z", "+00:00")) - datetime.now(timezone.utc)
            time.sleep(max(0.0, delay.total_seconds()))
