"""A fake Slack Web API on 127.0.0.1 that records every call (chat.postMessage and the rest) and answers ok."""

from __future__ import annotations

import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Dict, List
from urllib.parse import parse_qsl


class FakeSlack:
    def __init__(self) -> None:
        self.calls: List[Dict] = []  # {"method": "chat.postMessage", "body": {...}, "ts": "..."}
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    body = json.loads(raw or b"{}")
                else:
                    body = {key: _maybe_json(value) for key, value in parse_qsl(raw.decode())}
                ts = f"{int(time.time())}.{next(fake._ts):06d}"
                with fake._lock:
                    fake.calls.append(
                        {
                            "method": self.path.rsplit("/", 1)[-1],
                            "body": body,
                            "ts": ts,
                            "authorization": self.headers.get("Authorization"),
                        }
                    )
                answer = json.dumps(
                    {
                        "ok": True,
                        "channel": body.get("channel"),
                        "ts": ts,
                        "message": {"text": body.get("text"), "ts": ts},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args) -> None:
                pass

        return Handler

    def start(self) -> "FakeSlack":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def posts(self, where: Callable[[Dict], bool] = lambda body: True) -> List[Dict]:
        """The bodies of the chat.postMessage calls so far that satisfy `where`, each with the "ts" it got."""
        with self._lock:
            return [
                dict(call["body"], ts=call["ts"])
                for call in self.calls
                if call["method"] == "chat.postMessage" and where(call["body"])
            ]

    def wait_for(
        self, where: Callable[[Dict], bool], until: Callable[[List[Dict]], bool] = bool, timeout: float = 60
    ) -> List[Dict]:
        """Poll until the matching posts satisfy `until` (by default: there is one); return them."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.posts(where)
            if until(found):
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"no such post to Slack within {timeout:.0f} s; all posts: {self.posts()}")
            time.sleep(0.2)

    def none_within(self, where: Callable[[Dict], bool], seconds: float = 3) -> bool:
        """True if no matching post arrives within `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.posts(where):
                return False
            time.sleep(0.2)
        return not self.posts(where)


def _maybe_json(value: str):
    try:
        return json.loads(value) if value[:1] in "[{" else value
    except ValueError:
        return value
