"""`python -m deploy`: start the deployment profile on this machine, say where it is, stop it all on Ctrl-C."""

from __future__ import annotations

import signal
import sys
import time

from deploy.settings import StackSettings
from deploy.stack import Stack


def main() -> int:
    settings = StackSettings.from_env()
    stack = Stack(settings)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        started = time.monotonic()
        print(
            f"stack: starting PostgreSQL, Redis, {settings.action_servers} action servers, nginx and "
            f"{settings.replicas} Rasa replicas (state and logs in {settings.state_dir})...",
            flush=True,
        )
        stack.start()
        print(
            f"""stack: ready after {time.monotonic() - started:.0f} s.
  {settings.public_url}/web/demo.html             the website widget (socket.io, sticky per client)
  {settings.public_url}/web/kiosk.html            the kiosk
  curl -s {settings.public_url}/webhooks/rest/webhook -d '{{"sender": "me", "message": "hi"}}'
  Rasa's HTTP API is not behind the proxy: each replica on 127.0.0.1:{settings.rasa_ports}, token in
  RASA_AUTH_TOKEN or {settings.state_dir}/secrets.env
Ctrl-C stops everything; conversations stay in PostgreSQL for the next start.""",
            flush=True,
        )
        while stack.group.first_exit() is None:
            time.sleep(1)
        print(f"stack: {stack.group.first_exit()} stopped unexpectedly (logs in {settings.log_dir})", file=sys.stderr)
        return 1
    except RuntimeError as error:
        print(f"stack: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nstack: stopping", flush=True)
        return 0
    finally:
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
