"""The lock store against a real Redis (Debian's redis-server, started here): tickets issued by several
replicas at once are never lost."""

from __future__ import annotations

import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from rasa.utils.endpoints import EndpointConfig

from ops.processes import free_port
from stores.lock_store import AtomicRedisLockStore


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory):
    if not shutil.which("redis-server"):
        pytest.fail("redis-server is missing: bin/services installs it (Debian package redis-server)")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    yield port
    server.terminate()
    server.wait()


def replica(port: int) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(EndpointConfig(url="127.0.0.1", port=port, db=1, key_prefix="test"))


def test_tickets_issued_by_many_replicas_at_once_are_all_kept(redis_port):
    replicas = [replica(redis_port) for _ in range(8)]

    def issue(index: int) -> int:
        return replicas[index % len(replicas)].issue_ticket("one-conversation", 60)

    with ThreadPoolExecutor(16) as pool:
        tickets = list(pool.map(issue, range(200)))
    assert sorted(tickets) == list(range(200))
    assert len(replicas[0].get_lock("one-conversation").tickets) == 200


def test_turns_of_one_conversation_on_several_replicas_never_overlap(redis_port):
    import asyncio

    replicas = [replica(redis_port) for _ in range(4)]
    inside, overlaps = [], []

    async def turn(index: int) -> None:
        async with replicas[index % 4].lock("busy-conversation", wait_time_in_seconds=0.01):
            if inside:
                overlaps.append(index)
            inside.append(index)
            await asyncio.sleep(0.01)
            inside.remove(index)

    async def everyone() -> None:
        await asyncio.gather(*(turn(i) for i in range(20)))

    asyncio.run(everyone())
    assert overlaps == [] and replicas[0].get_lock("busy-conversation") is None  # returned and deleted


def test_a_dead_replicas_tickets_are_returned_and_its_conversation_goes_on_at_once(redis_port, monkeypatch):
    import asyncio

    from stores.dead_replica_locks import return_tickets_of

    monkeypatch.setenv("LOCK_OWNER", "rasa-1")
    dying = replica(redis_port)
    monkeypatch.setenv("LOCK_OWNER", "rasa-2")
    living = replica(redis_port)
    dying.issue_ticket("orphaned", 60)  # its turn was in flight when it was killed: never returned
    living.issue_ticket("other", 60)  # a live replica's ticket, which must stay

    async def next_turn() -> bool:
        async with living.lock("orphaned", wait_time_in_seconds=0.05):
            return True

    async def after_the_death() -> bool:
        waiting = asyncio.ensure_future(asyncio.wait_for(next_turn(), timeout=5))
        await asyncio.sleep(0.3)
        assert not waiting.done()  # held by the dead replica's ticket
        assert return_tickets_of(redis.Redis(port=redis_port, db=1), dying.key_prefix, "rasa-1") == 1
        return await waiting

    assert asyncio.run(after_the_death())
    assert [t.number for t in living.get_lock("other").tickets] == [0]
