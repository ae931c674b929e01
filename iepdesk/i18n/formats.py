"""Dates and numbers as the current language writes them, through Babel (loaded only when used).

English is US English ("December 1, 2026"); Spanish is US Spanish ("1 de diciembre de 2026", with
"12,345" as families in the US read it).
"""

from __future__ import annotations

import datetime as dt

from iepdesk.i18n.language import current

_LOCALES = {"en": "en_US", "es": "es_US"}


def _locale(language: str | None) -> str:
    return _LOCALES[language or current()]


def long_date(day: dt.date, language: str | None = None) -> str:
    """ "December 1, 2026" / "1 de diciembre de 2026"."""
    from babel.dates import format_date

    return str(format_date(day, "long", locale=_locale(language)))


def short_time(moment: dt.time, language: str | None = None) -> str:
    """ "6:25 PM" / "6:25 p.m.": a time shown, not typed (the typed form is iepdesk.dates.format_time).
    CLDR's narrow no-break space becomes a plain space, as the rest of the app and the PDFs write it."""
    from babel.dates import format_time

    return str(format_time(moment, "short", locale=_locale(language))).replace("\u202f", " ")


def month_year(day: dt.date, language: str | None = None) -> str:
    """ "December 2026" / "diciembre de 2026"."""
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMMM", day, locale=_locale(language)))


def short_month(day: dt.date, language: str | None = None) -> str:
    """ "Dec '26" / "dic '26" (a chart's axis)."""
    from babel.dates import format_date

    return str(format_date(day, "MMM ''yy", locale=_locale(language)))


def number(value: float, language: str | None = None) -> str:
    """ "1,234.5" in either language (US conventions)."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_locale(language)))
