"""The package list in pyproject.toml names every package, so a wheel ships them all."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "quotebank").rglob("__init__.py")
    }
    found |= {"quotebank.migrations", "quotebank.migrations.versions"}  # shipped from migrations/
    assert listed == found
