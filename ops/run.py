"""`python -m ops.run` (bin/run): start the action server and the Rasa server, say how to talk to them, restart one
that dies, stop both on Ctrl-C or SIGTERM (a second one kills them at once)."""

from __future__ import annotations

import sys

from ops.entry import serve_until_stopped, settings_from_env
from ops.processes import Servers, Settings


def main() -> int:
    settings = settings_from_env("run", Settings.from_env)
    servers = Servers(settings)
    servers.supervisor.stop_on_signals()

    def start() -> str:
        print(
            f"run: starting the action server (port {settings.action_port}) "
            f"and the Rasa server (port {settings.rasa_port})...",
            flush=True,
        )
        seconds = servers.start()
        token = "?token=$RASA_AUTH_TOKEN" if settings.auth_token else ""
        return f"""run: ready after {seconds:.0f} s. Talk to it:
  http://{settings.rasa_host}:{settings.rasa_port}/web/demo.html     # the website widget on a demo college page
  http://{settings.rasa_host}:{settings.rasa_port}/web/kiosk.html    # the voice kiosk
  bin/chat                                   # a chat in this terminal, over REST
  curl -s localhost:{settings.rasa_port}/webhooks/rest/webhook -d '{{"sender": "me", "message": "hi"}}'
  curl -s localhost:{settings.rasa_port}/conversations/me/tracker{token}   # slots and plan
A server that dies is restarted. Ctrl-C stops both servers."""

    return serve_until_stopped(
        "run",
        start,
        servers.supervisor.serve,
        servers.stop,
        lambda lost: f"cannot serve without the {lost} server: stopping",
    )


if __name__ == "__main__":
    sys.exit(main())
