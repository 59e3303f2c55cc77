"""Shared fixtures. Tests that need ../shared (corpora, report schemas) use ``shared_dir``
and skip with a clear reason where it is absent, so the suite passes on a user's machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured by benchmarks, never by tests: a property test's examples may take as long
# as a loaded machine needs (hypothesis's default 200 ms deadline made CI flaky under load).
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs {p} (the project's ../shared folder), which is absent on this machine")
    return p


@pytest.fixture
def seed_text() -> str:
    return (ROOT / "examples" / "mali-minusma.txt").read_text(encoding="utf-8")
