"""Shared fixtures: paths to the shared annotated data and one extractor per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.pipeline import Extractor

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_DIR = SHARED / "dev"
SEED_DIR = SHARED / "seed"
EXAMPLE = REPO / "src" / "cronaca" / "examples" / "esempio.txt"


def shared_or_skip(path: Path) -> Path:
    """Return ``path`` or skip: article texts from elsewhere live in ../shared, outside the repository."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the annotated articles live in ../shared next to the repository")
    return path


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return shared_or_skip(DEV_DIR)


@pytest.fixture(scope="session")
def seed_text() -> str:
    files = sorted(shared_or_skip(SEED_DIR).glob("*.txt"))
    if not files:
        pytest.skip(f"no seed article in {SEED_DIR}")
    return files[0].read_text(encoding="utf-8")
