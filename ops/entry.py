"""What `bin/run` and `bin/stack` share: start, say how to use it, supervise until stopped, always clean up."""

from __future__ import annotations

import sys
from typing import Callable, Optional, TypeVar

from pydantic import ValidationError

T = TypeVar("T")


def serve_until_stopped(
    program: str,
    start: Callable[[], str],
    serve: Callable[[], Optional[str]],
    stop: Callable[[], None],
    cannot_serve: Callable[[str], str],
) -> int:
    """`start` starts everything and returns what to tell the person; `serve` supervises until asked to stop
    (None) or until a part cannot be replaced (its name, which `cannot_serve` words). Ctrl-C or SIGTERM stops
    everything (exit 0); a part that cannot start or cannot be replaced is said without a stack trace (exit 1)."""
    try:
        print(start(), flush=True)
        lost = serve()
        if lost is None:
            print(f"\n{program}: stopping", flush=True)
            return 0
        print(f"{program}: {cannot_serve(lost)}", file=sys.stderr)
        return 1
    except RuntimeError as error:
        print(f"{program}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"\n{program}: stopping", flush=True)
        return 0
    finally:
        stop()


def settings_from_env(program: str, from_env: Callable[[], T]) -> T:
    """The typed settings. A wrong value in the environment is said (which one, no stack trace) and the program
    exits with 2, as for a wrong argument."""
    try:
        return from_env()
    except ValidationError as error:
        print(f"{program}: {error}", file=sys.stderr)
        raise SystemExit(2) from None
