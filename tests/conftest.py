"""Shared fixtures: the rules-only pipeline (built once) and the seed development set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Local runs explore new random examples; CI (HYPOTHESIS_PROFILE=ci, set by .ci/run) replays a fixed
# sequence so that a result there can be reproduced here.
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline without a statistical model, as `make extract` runs it here."""
    from pipeline.nlp import build_nlp

    return build_nlp("none")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip("../shared/seeds is not present")
    return SEEDS
