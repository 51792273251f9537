"""The project's root directory: the one place every module and test finds config.yml, build/, docs/ and data/."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
