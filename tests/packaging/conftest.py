"""Packaging tests: the bundle's declared contents, the icons, the menu entry, and the self-test."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "selftest: runs `iepdesk --self-test` from source (part of make test; CI also runs it "
        "on the frozen bundle and the installed .deb through packaging/ci-package.sh)",
    )
