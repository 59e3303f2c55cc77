"""Where the evaluations find the project's shared corpora."""

from __future__ import annotations

import os
from pathlib import Path


def shared_corpora() -> Path:
    """$FACTCHECK_SHARED/corpora if set, else ../shared/corpora from the working directory."""
    base = os.environ.get("FACTCHECK_SHARED")
    return Path(base) / "corpora" if base else Path("..") / "shared" / "corpora"
