"""Shared fixtures: a real knowledge database built from the source files into a temporary SQLite file."""
from __future__ import annotations

import os

import pytest
from playwright.sync_api import sync_playwright

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from knowledge.build import build_rows, write_database  # noqa: E402
from knowledge.catalog import load_catalog  # noqa: E402
from knowledge.db import Database  # noqa: E402
from knowledge.loader import load  # noqa: E402
from tests.live import CHROMIUM_ARGS  # noqa: E402


@pytest.fixture(scope="session")
def sources():
    return load()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory, sources):
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'knowledge.db'}"
    write_database(build_rows(sources), url)
    return url


@pytest.fixture(scope="session")
def database(database_url):
    db = Database(database_url)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def catalog(database):
    return load_catalog(database)


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, driven by Playwright (its own browser download cannot work here)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
