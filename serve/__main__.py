"""`python -m serve`: start the action server and the Rasa server, say how to talk to them, stop both on Ctrl-C."""

from __future__ import annotations

import signal
import sys
import time

from serve.processes import Servers, Settings


def main() -> int:
    settings = Settings.from_env()
    servers = Servers(settings)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        print(
            f"run: starting the action server (port {settings.action_port}) "
            f"and the Rasa server (port {settings.rasa_port})...",
            flush=True,
        )
        seconds = servers.start()
        token = "?token=$RASA_AUTH_TOKEN" if settings.auth_token else ""
        print(
            f"""run: ready after {seconds:.0f} s. Talk to it:
  http://{settings.rasa_host}:{settings.rasa_port}/web/demo.html     # the website widget on a demo college page
  http://{settings.rasa_host}:{settings.rasa_port}/web/kiosk.html    # the voice kiosk
  bin/chat                                   # a chat in this terminal, over REST
  curl -s localhost:{settings.rasa_port}/webhooks/rest/webhook -d '{{"sender": "me", "message": "hi"}}'
  curl -s localhost:{settings.rasa_port}/conversations/me/tracker{token}   # slots and plan
Ctrl-C stops both servers.""",
            flush=True,
        )
        while servers.first_exit() is None:
            time.sleep(1)
        print(f"run: the {servers.first_exit()} server stopped unexpectedly", file=sys.stderr)
        return 1
    except RuntimeError as error:
        print(f"run: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nrun: stopping", flush=True)
        return 0
    finally:
        servers.stop()


if __name__ == "__main__":
    sys.exit(main())
