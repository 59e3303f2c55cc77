"""The temporal engine on the dev splits (TimeBank, WikiWars train): floors that catch a
regression. Test splits are never used here; the README reports them, scored only."""

from __future__ import annotations

import pytest

from checker.commands.evaluate import evaluate
from tests.conftest import shared_path


def _score(*parts: str) -> dict:
    folder = shared_path("corpora", *parts)
    (row,) = evaluate([("dev", "dev", folder, sorted(folder.glob("*.tml")))])
    return row["metrics"]


@pytest.mark.shared
def test_timebank_floor():
    m = _score("tempeval3", "timebank")
    assert m["relaxed_f1"] >= 93.0 and m["strict_f1"] >= 88.0 and m["value_f1"] >= 82.5, m


@pytest.mark.shared
def test_wikiwars_train_floor():
    m = _score("wikiwars", "train")
    assert m["relaxed_f1"] >= 92.0 and m["value_f1"] >= 87.4, m
