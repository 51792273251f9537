"""`python -m stores.retention`: delete conversations idle for more than RETENTION_DAYS (default 30) days, and
expired plan links. Run it daily (cron, a Kubernetes CronJob) with the same environment as the Rasa servers."""

from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional

from rasa.core.tracker_store import TrackerStore
from rasa.core.utils import AvailableEndpoints

from stores.plan_links import plan_links_store
from stores.tracker_store import ResilientSQLTrackerStore, innermost


def retention_days(environ=os.environ) -> float:
    return float(environ.get("RETENTION_DAYS", "30"))


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stores.retention", description=__doc__)
    parser.add_argument("--days", type=float, default=None, help="idle days to keep (default: RETENTION_DAYS or 30)")
    parser.add_argument(
        "--endpoints",
        default=os.environ.get("RASA_ENDPOINTS", "ops/endpoints.yml"),
        help="the Rasa endpoints file naming the tracker store",
    )
    args = parser.parse_args(argv)
    days = args.days if args.days is not None else retention_days()
    if days < 0:
        parser.error("--days must be 0 or more")
    config = AvailableEndpoints.read_endpoints(args.endpoints).tracker_store
    store = innermost(TrackerStore.create(config))
    if not isinstance(store, ResilientSQLTrackerStore):
        print(
            f"retention: {args.endpoints} names no SQL tracker store ({type(store).__name__}); conversations kept "
            "in memory are gone when the server stops",
            file=sys.stderr,
        )
        return 2
    conversations = store.delete_idle_conversations(days)
    links = plan_links_store().delete_expired()
    print(
        f"retention: deleted {conversations} conversation(s) idle for more than {days:g} day(s) and {links} "
        "expired plan link(s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
