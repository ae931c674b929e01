"""A measured value as the parent types it: digits, an optional sign and decimal point. It is kept as
typed ("62.50" stays "62.50") and read as a Decimal for sums and the chart."""

from __future__ import annotations

import re
from decimal import Decimal

from iepdesk.errors import UsageError
from iepdesk.i18n import _

_NUMBER = re.compile(r"-?[0-9]{1,9}(?:\.[0-9]{1,4})?")


class BadValue(UsageError, ValueError):
    """A value that is not a plain number."""


def problem(text: str) -> str | None:
    """Why ``text`` is not a value (a plain sentence), or None."""
    typed = text.strip()
    if not typed:
        return _("Type the value, such as 45 or 62.5.")
    if typed.endswith("%"):
        return _("Type the number only (45, not 45%); the unit goes in its own box.")
    if "," in typed:
        return _("Type the number with a point for decimals and no thousands separator, such as 62.5.")
    if not _NUMBER.fullmatch(typed):
        return _("Type a number, such as 45 or 62.5 (up to 4 decimals).")
    return None


def parse(text: str) -> Decimal:
    """The value of ``text`` (raises BadValue with the plain sentence of :func:`problem`)."""
    found = problem(text)
    if found is not None:
        raise BadValue(found)
    return Decimal(text.strip())


def optional(text: str) -> Decimal | None:
    """A goal's baseline or target: None when empty, else the value (raises like :func:`parse`)."""
    return None if not text.strip() else parse(text)
