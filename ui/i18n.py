"""Translation of the window's texts, and the window's language.

Every text the window shows is written as a literal call that ``pyside6-lupdate`` can read:
``self.tr("...")`` in a widget, ``translate("Context", "...")`` elsewhere (``translate`` is Qt's own
``QCoreApplication.translate`` under a short name), ``QT_TRANSLATE_NOOP("Context", "...")`` for a table
of texts translated where it is shown. A wrapper such as ``t(text)`` would hide its texts from lupdate.
A text with a count is a Qt plural: ``self.tr("%n session(s)", "", n)``.

The window's language is, in order: ``IEPDESK_LANG`` (what ``iepdesk --lang es`` sets), the choice in
Settings or the create wizard (kept per computer), the system's language. The core's texts follow it
(:func:`iepdesk.i18n.set_language`); a letter or binder may still be made in the other language.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from iepdesk.i18n import LANGUAGES, resolve, set_language, system_language
from iepdesk.paths import resource_path

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue under ``context`` and returns it as is (translated where shown).

    Qt's own returns ``object`` in the type stubs; this one is typed, so tables of texts stay ``str``.
    """
    del context
    return text


_log = logging.getLogger(__name__)

#: The folder of resources where the compiled catalogues (``iepdesk_<language>.qm``) are looked for.
#: They are built from the ``.ts`` sources by ``make catalogues``, never committed. English has one
#: too, holding only its plural forms ("1 session", "2 sessions").
CATALOGUES = "i18n"
#: The locale each language formats numbers and Qt's own dialogs in (US English, US Spanish).
_QT_LOCALES = {"en": "en_US", "es": "es_US"}
_installed: list[QTranslator] = []


def window_language(stored: str, environ: Mapping[str, str] | None = None) -> str:
    """The language the window opens in: ``IEPDESK_LANG``, then ``stored`` (the Settings choice,
    "" when none was made), then the system's language."""
    env = os.environ if environ is None else environ
    asked = env.get("IEPDESK_LANG", "")
    if asked:
        return resolve(asked)
    if stored in LANGUAGES:
        return stored
    return system_language(env)


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the window's and the core's: IEPDesk's catalogue, Qt's own for its standard
    dialogs and buttons (``qtbase_<language>``), the default locale. Replaces what was installed.

    Returns the translators installed (kept here too, for as long as the application runs).
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    own = QTranslator(app)
    if own.load(f"iepdesk_{language}", str(resource_path(CATALOGUES))):
        app.installTranslator(own)
        _installed.append(own)
    elif language != "en":
        _log.warning("no window catalogue for %s (run make catalogues)", language)
    if language != "en":
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        folders = (qt_folder, str(resource_path(CATALOGUES)))
        if any(qt.load(f"qtbase_{language}", folder) for folder in folders):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(_QT_LOCALES[language]))
    set_language(language)
    _log.info("window language: %s", language)
    return list(_installed)
