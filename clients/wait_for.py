"""Wait until every URL answers, or fail if a watched process exits or the time runs out."""
from __future__ import annotations

import argparse
import os
import sys
import time
import urllib.error
import urllib.request


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status < 500
    except (urllib.error.URLError, OSError):
        return False


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--pids", type=int, nargs="*", default=[])
    args = parser.parse_args()
    deadline = time.monotonic() + args.timeout
    waiting = list(args.urls)
    while waiting:
        waiting = [url for url in waiting if not answers(url)]
        if not waiting:
            return 0
        dead = [pid for pid in args.pids if not alive(pid)]
        if dead or time.monotonic() > deadline:
            print(f"wait_for: not ready: {', '.join(waiting)}" + (f" (process {dead} exited)" if dead else ""), file=sys.stderr)
            return 1
        time.sleep(1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
