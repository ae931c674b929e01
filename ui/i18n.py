"""Translation of the window's texts.

Every text the window shows is written as a literal call that ``pyside6-lupdate`` can read:
``self.tr("...")`` in a widget, ``translate("Context", "...")`` elsewhere (``translate`` is Qt's own
``QCoreApplication.translate`` under a short name), ``QT_TRANSLATE_NOOP("Context", "...")`` for a table
of texts translated where it is shown. A wrapper such as ``t(text)`` would hide its texts from lupdate.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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
#: They are built from the ``.ts`` sources, never committed.
CATALOGUES = "i18n"


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Install the catalogue of the user's language, if one is there; English needs none.

    Returns the translator (keep a reference for as long as the application runs), or None.
    """
    folder = resource_path(CATALOGUES)
    if not folder.is_dir():
        return None
    translator = QTranslator(app)
    chosen = locale if locale is not None else QLocale()
    if not translator.load(chosen, "iepdesk", "_", str(folder)):
        return None
    app.installTranslator(translator)
    _log.info("translation installed for %s", chosen.name())
    return translator
