"""The core's language: its texts through gettext, its dates and numbers through Babel.

Every text the core builds for a person to read is a literal call Babel can extract::

    from iepdesk.i18n import _, ngettext
    _("Missed {minutes} minutes").format(minutes=30)
    ngettext("{count} session", "{count} sessions", n).format(count=n)

A table built at import time marks its texts with ``N_("...")`` and translates them where they are
shown, with ``_(text)`` (the language may change after import). The language is the process's
(:func:`set_language`, from the settings or ``--lang``) unless a piece of work asks for another
(:func:`use_language`: a letter in Spanish from an English window).
"""

from __future__ import annotations

from iepdesk.i18n.catalog import N_, _, language_in_words, ngettext, pgettext
from iepdesk.i18n.formats import long_date, month_year, number, short_month
from iepdesk.i18n.language import (
    LANGUAGES,
    current,
    language_name,
    resolve,
    set_language,
    system_language,
    use_language,
)

__all__ = [
    "LANGUAGES",
    "N_",
    "_",
    "current",
    "language_in_words",
    "language_name",
    "long_date",
    "month_year",
    "ngettext",
    "number",
    "pgettext",
    "resolve",
    "set_language",
    "short_month",
    "system_language",
    "use_language",
]
