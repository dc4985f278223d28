"""The public API of ``import quotebank``, and the layers it must not drag in."""

from __future__ import annotations

import subprocess
import sys

import pytest

import quotebank
from tests.conftest import SEEDS

EXTRACT = (
    "from typer.testing import CliRunner; from quotebank.cli.app import app; "
    f"assert CliRunner().invoke(app, ['extract', {str(next(SEEDS.glob('*.txt')))!r}]).exit_code == 0"
)


@pytest.mark.parametrize("name", [n for n in quotebank.__all__ if n != "__version__"])
def test_every_public_name_resolves(name: str) -> None:
    assert callable(getattr(quotebank, name))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = quotebank.nope  # type: ignore[attr-defined]


def loaded_after(code: str) -> set[str]:
    """Top-level packages imported by running ``code`` in a fresh interpreter."""
    script = (
        f"{code}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize(
    ("code", "absent"),
    [
        ("import quotebank", {"spacy", "sqlalchemy"}),
        ("import quotebank.text.keys, quotebank.text.names", {"spacy", "sqlalchemy"}),
        ("import quotebank.formats.articles", {"spacy", "sqlalchemy"}),
        ("import quotebank.storage.queries, quotebank.storage.listings", {"spacy", "sqlalchemy"}),
        ("import quotebank.engine", {"sqlalchemy", "alembic"}),
        (EXTRACT, {"sqlalchemy", "alembic"}),  # extract runs the engine, no database
    ],
)
def test_a_layer_imports_only_what_it_needs(code: str, absent: set[str]) -> None:
    assert not loaded_after(code) & absent
