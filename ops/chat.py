"""A terminal chat with the running assistant over its REST channel. Buttons are numbered: type the number."""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
import uuid


def send(url: str, sender: str, text: str) -> list:
    request = urllib.request.Request(
        url, data=json.dumps({"sender": sender, "message": text}).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:5005/webhooks/rest/webhook")
    parser.add_argument("--sender", default=f"terminal-{uuid.uuid4().hex[:8]}")
    args = parser.parse_args()
    buttons: list = []
    print("Type a message (Ctrl-D to quit).")
    for line in sys.stdin if not sys.stdin.isatty() else iter(lambda: input("you> "), None):
        text = line.strip()
        if text.isdigit() and 0 < int(text) <= len(buttons):
            text = buttons[int(text) - 1]["payload"]
        try:
            replies = send(args.url, args.sender, text)
        except (urllib.error.URLError, OSError) as error:
            print(f"(cannot reach the assistant at {args.url}: {error}; is bin/run running?)")
            return 1
        buttons = []
        for reply in replies:
            if reply.get("text"):
                print("bot>", reply["text"])
            for button in reply.get("buttons") or []:
                buttons.append(button)
                print(f"     {len(buttons)}. {button['title']}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (EOFError, KeyboardInterrupt):
        print()
