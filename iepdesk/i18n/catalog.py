"""The core's gettext catalogues: resources/locale/<language>/LC_MESSAGES/iepdesk.po, compiled.

The ``.po`` files are the source, extracted from the code with Babel (``make catalogues``) and
translated there; the ``.mo`` files are built from them (never committed). A checkout where the
build has not run yet compiles a ``.po`` in memory, so the texts are never silently English.
"""

from __future__ import annotations

import functools
import gettext
import io
import logging

from iepdesk.i18n.language import current
from iepdesk.paths import resource_path

DOMAIN = "iepdesk"
_log = logging.getLogger(__name__)


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language`` (English needs none: its texts are the source)."""
    if language == "en":
        return gettext.NullTranslations()
    folder = resource_path("locale", language, "LC_MESSAGES")
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    if po.is_file():
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with po.open("rb") as handle:
            catalog = read_po(handle, locale=language, domain=DOMAIN)
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        compiled.seek(0)
        return gettext.GNUTranslations(compiled)
    _log.warning("no catalogue for %s: texts stay in English", language)
    return gettext.NullTranslations()


def _(message: str) -> str:
    """``message`` in the current language."""
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for ``n`` in the current language ("1 sesión", "2 sesiones")."""
    return translations(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart from the same English words in ``context``."""
    return translations(current()).pgettext(context, message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue and returns it as is (translated where it is shown)."""
    return message


#: Each language as a sentence in another names it ("a copy in Spanish" / "una copia en español").
_IN_WORDS = {"en": N_("English"), "es": N_("Spanish")}


def language_in_words(language: str) -> str:
    """``language`` named in the current language, for a sentence; a chooser names each language in
    itself (:func:`iepdesk.i18n.language_name`)."""
    return _(_IN_WORDS[language])
