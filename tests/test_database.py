"""The knowledge database: built from the sources, selected by DATABASE_URL, every fact cited, rebuilt whole."""

from __future__ import annotations

import sqlite3

from sqlalchemy import select

from knowledge import models as m
from knowledge.build import build_rows, counts, write_database
from knowledge.catalog import CatalogCache
from knowledge.db import Database, database_url
from knowledge.loader import load
from tests.commands import run_module


def test_database_url_comes_from_the_environment():
    assert database_url({"DATABASE_URL": "postgresql://kb@db/kb"}) == "postgresql://kb@db/kb"
    assert database_url({}).startswith("sqlite:///") and database_url({}).endswith("build/knowledge.db")


def test_every_fact_route_and_figure_is_cited(database):
    with database.session() as session:
        for model in (m.Fact, m.Route, m.Skill, m.SalaryRange, m.OutlookFigure):
            for row in session.execute(select(model)).scalars():
                assert row.source_id and row.confidence in ("C", "S", "U") and row.as_of, (
                    model.__name__,
                    row.id if hasattr(row, "id") else row.code,
                )
        for source in session.execute(select(m.Source)).scalars():
            assert source.title and source.as_of
            assert source.url or source.section


def test_rebuilding_replaces_the_contents_instead_of_adding(tmp_path, sources):
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    write_database(build_rows(sources), url)
    first = counts(url)
    write_database(build_rows(sources), url)
    assert counts(url) == first
    assert first["facts"] >= 80 and first["credentials"] == 13 and first["routes"] >= 15


def test_the_build_command_uses_database_url_and_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "kb.sqlite"
    done = run_module("knowledge.build", "--no-spacy", env={"DATABASE_URL": f"sqlite:///{target}"})
    assert done.returncode == 0, done.stderr
    assert "13 credentials" in done.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["kb.sqlite"]
    with sqlite3.connect(target) as connection:
        assert connection.execute("select count(*) from credentials where code = 'CCM'").fetchone() == (1,)


def test_a_session_per_request_rolls_back_on_error(tmp_path, sources):
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    write_database(build_rows(sources), url)
    database = Database(url)
    try:
        try:
            with database.session() as session:
                session.add(m.Topic(code="temporary", name="should vanish"))
                raise RuntimeError("request failed")
        except RuntimeError:
            pass
        with database.session() as session:
            assert session.get(m.Topic, "temporary") is None
    finally:
        database.dispose()


def test_a_catalog_snapshot_is_reused_until_a_rebuild_replaces_it(tmp_path, sources):
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    write_database(build_rows(sources), url)
    database = Database(url)
    try:
        cache = CatalogCache(database)
        first = cache.current()
        assert cache.current() is first and first.credentials["CCM"].cost_usd == 430
        changed = load()
        next(c for c in changed.credentials if c.code == "CCM").cost.usd = 999
        write_database(build_rows(changed), url)
        assert cache.current() is not first and cache.current().credentials["CCM"].cost_usd == 999
    finally:
        database.dispose()
