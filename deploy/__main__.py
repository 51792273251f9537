"""`python -m deploy`: start the deployment profile on this machine, keep it serving (a part that dies is restarted),
say where it is; Ctrl-C or SIGTERM stops it all (a second one during the shutdown kills what is left)."""

from __future__ import annotations

import sys
import time

from pydantic import ValidationError

from deploy.settings import StackSettings
from deploy.stack import Stack
from serve.metrics import serve_metrics


def main() -> int:
    try:
        settings = StackSettings.from_env()
    except ValidationError as error:  # a wrong value in the environment: say which, no stack trace
        print(f"stack: {error}", file=sys.stderr)
        return 2
    stack = Stack(settings)
    stack.group.stop_on_signals()
    try:
        started = time.monotonic()
        print(
            f"stack: starting PostgreSQL, Redis, {settings.action_servers} action servers, nginx and "
            f"{settings.replicas} Rasa replicas (state and logs in {settings.state_dir})...",
            flush=True,
        )
        stack.start()
        serve_metrics(settings.metrics_port, str(settings.state_dir / "metrics"), stack.group.health)
        print(
            f"""stack: ready after {time.monotonic() - started:.0f} s.
  {settings.public_url}/web/demo.html             the website widget (socket.io, sticky per client)
  {settings.public_url}/web/kiosk.html            the kiosk (kiosk.html?kiosk=KEY: a key from STACK_KIOSK_KEYS)
  curl -s {settings.public_url}/webhooks/rest/webhook -d '{{"sender": "me", "message": "hi"}}'
  curl -s {settings.public_url}/health                 each part: up, starting, restarting, down
  curl -s http://127.0.0.1:{settings.metrics_port}/metrics           Prometheus (loopback only)
  Rasa's HTTP API is not behind the proxy: each replica on 127.0.0.1:{settings.rasa_ports}, token in
  RASA_AUTH_TOKEN or {settings.state_dir}/secrets.env
A part that dies is restarted; Ctrl-C stops everything; conversations stay in PostgreSQL for the next start.""",
            flush=True,
        )
        lost = stack.group.serve()
        if lost is None:
            print("\nstack: stopping", flush=True)
            return 0
        print(f"stack: cannot serve without {lost}: stopping (logs in {settings.log_dir})", file=sys.stderr)
        return 1
    except RuntimeError as error:
        print(f"stack: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nstack: stopping", flush=True)
        return 0
    finally:
        stack.stop()
        print("stack: stopped", flush=True)


if __name__ == "__main__":
    sys.exit(main())
