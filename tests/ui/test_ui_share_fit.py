"""Share a copy… opens wide enough for its form, in English and Spanish: the form scrolls down on a small
screen, never sideways (Spanish's "Solo registros con fecha desde … hasta …" row is the widest)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from ui_support import WAIT_MS, open_case

from ui.i18n import install_language
from ui.share.dialog import ShareDialog


def _shown() -> ShareDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog) and w.isVisible()]
    return found[0] if found else None


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_share_dialog_never_scrolls_sideways(qtbot, controller, make_case, language) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), language)  # type: ignore[arg-type]
    open_case(qtbot, controller, make_case())
    controller.main_window.share_action.trigger()
    qtbot.waitUntil(lambda: _shown() is not None, timeout=WAIT_MS)
    dialog = _shown()
    assert dialog is not None
    scroll = dialog.findChild(QScrollArea)
    # Once laid out (the dialog widens itself as it shows), no sideways scroll bar.
    qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible(), timeout=WAIT_MS)
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert dialog.width() <= 1024 and dialog.height() <= 700  # still fits the small screen
    dialog.reject()
