"""The dialogs in Spanish: each main dialog of a populated case reads whole, at its own size and at 1024×700.

The walk of test_ui_spanish.py covers the pages; this opens the dialogs a parent meets (the day, the quick
log, the week, the new letter wizard page by page, the school-log import's first step, unlock, change
passphrase, recover, about, search, the incident, the team member, and the smaller ones of
test_ui_dialog_defaults.py) with the Spanish catalogues installed, and runs test_ui_fit's ``clipped`` on
each as it opens and, when it can be resized, at 1024×700. A dialog also must fit a 1024×700 screen.

Set IEPDESK_GRABS=/tmp/grabs to save each dialog as a PNG (under es-dialogs/) to look at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QLayout, QWidget, QWizard
from pytestqt.qtbot import QtBot
from test_ui_calendar_support import WAIT_MS, when_modal
from test_ui_dialog_defaults import CASES, CHOICE, OTHER, _Tasks
from test_ui_fit import _grabs, _open_populated, clipped
from test_ui_spanish import english_left
from ui_support import widget_texts

from iepdesk.i18n import current
from ui.i18n import install_language

SCREEN = QSize(1024, 700)
Build = Callable[[Any], QWidget]


def _today(_window: Any) -> dt.date:
    return dt.date.today()


def _day(window: Any) -> QWidget:
    from iepdesk.schedule import entries as service_log
    from ui.calendar.day_dialog import DayDialog
    from ui.calendar.undo import LogController

    day = _today(window)
    return DayDialog(day, service_log.services_on(day), "", 0, LogController())


def _quick(status: str) -> Build:
    def build(window: Any) -> QWidget:
        from ui.calendar.quick_dialog import QuickLogDialog

        return QuickLogDialog(_today(window), status, [CHOICE, OTHER])

    return build


def _new_letter(window: Any) -> QWidget:
    from ui.letters.new_letter import NewLetterWizard

    return NewLetterWizard(_today(window))


def _unlock(window: Any) -> QWidget:
    from iepdesk.casefile.remember import KeyringStatus
    from ui.dialogs.unlock import UnlockDialog

    keyring = KeyringStatus(False, "test", "No password store in tests.")
    return UnlockDialog(window.case_path, _Tasks(), keyring)  # type: ignore[arg-type]


def _change(window: Any) -> QWidget:
    from ui.dialogs.change_passphrase import ChangePassphraseDialog

    case = SimpleNamespace(child_name="Maya Testchild", paths=SimpleNamespace(db=window.case_path))
    return ChangePassphraseDialog(case, _Tasks(), None)  # type: ignore[arg-type]


def _recover(window: Any) -> QWidget:
    from ui.dialogs.recover import RecoverDialog

    return RecoverDialog(window.case_path, _Tasks(), None)  # type: ignore[arg-type]


def _incident(window: Any) -> QWidget:
    from ui.incidents.incident_dialog import IncidentDialog

    return IncidentDialog(lambda _d: [], ["Dana Whitfield", "Lee Park"], day=_today(window))


def _history(_window: Any) -> QWidget:
    from ui.letters.history import HistoryDialog
    from ui.letters.letters_ctl import saved_text

    # Its versions named as the letters page names them (test_ui_dialog_defaults.py names them in English).
    stamps = ["2026-03-01T15:30:00+00:00", "2026-03-02T09:05:00+00:00"]
    return HistoryDialog([(saved_text(stamp), "text") for stamp in stamps])


def _shortcuts(window: Any) -> QWidget:
    from ui.dialogs.help import ShortcutsDialog, registered_shortcuts

    return ShortcutsDialog(registered_shortcuts(window))  # the window's own, as Help shows them


def _guide(_window: Any) -> QWidget:
    from ui.dialogs.help import UserGuideDialog

    return UserGuideDialog()


def _share(window: Any) -> QWidget:
    from ui.share.dialog import ShareDialog

    case = SimpleNamespace(child_name="Maya Testchild", paths=SimpleNamespace(db=window.case_path))
    dialog = ShareDialog(case, window.services, lambda: None)  # type: ignore[arg-type]
    dialog.parts.some.setChecked(True)  # every part shown
    dialog.parts.period.setChecked(True)
    return dialog


def _share_kit(window: Any) -> QWidget:
    from iepdesk.casefile import RecoverySecret
    from ui.share.kit import ShareKitDialog

    copy = window.case_path.with_name("copia.iepcase")
    result = SimpleNamespace(
        path=copy,
        keys=copy.with_name(copy.name + ".keys"),
        secret=RecoverySecret.generate(),
        case_id="0" * 32,
        info=SimpleNamespace(child_name="Maya Testchild"),
    )
    return ShareKitDialog(result, window.services)  # type: ignore[arg-type]


def _from_defaults(name: str) -> Build:
    """A dialog as test_ui_dialog_defaults.py builds it (its ``ids`` argument is only read for a path)."""
    return lambda window: CASES[name].build(SimpleNamespace(path=window.case_path))


BUILDERS: dict[str, Build] = {
    "day": _day,
    "quick log, delivered": _quick("delivered"),
    "quick log, missed": _quick("missed"),
    "week": _from_defaults("mark the week delivered"),
    "new letter": _new_letter,
    "unlock": _unlock,
    "change passphrase": _change,
    "recover": _recover,
    "about": _from_defaults("about"),
    "incident": _incident,
    "contact": _from_defaults("team member"),
    "letter history": _history,
    "mark as sent": _from_defaults("mark as sent"),
    "link picker": _from_defaults("link picker"),
    "backup passphrase": _from_defaults("backup passphrase"),
    "paste an email": _from_defaults("paste an email (Ctrl+Enter)"),
    "school year": _from_defaults("school year"),
    "entries behind a figure": _from_defaults("entries behind a figure"),
    "import a calendar": _from_defaults("import a calendar"),
    "export the schedule": _from_defaults("export the schedule"),
    "provider's log": _from_defaults("provider's log: check, then save"),
    "compare versions": _from_defaults("compare versions"),
    "keyboard shortcuts": _shortcuts,
    "user guide": _guide,
    "share a copy": _share,
    "shared copy's kit": _share_kit,
}


def _resizable(dialog: QWidget) -> bool:
    layout = dialog.layout()
    if layout is not None and layout.sizeConstraint() == QLayout.SizeConstraint.SetFixedSize:
        return False
    return dialog.minimumSize() != dialog.maximumSize()


def _english(dialog: QWidget) -> list[str]:
    """The dialog's visible texts that still show window words or dates in words in English."""
    found = []
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if widget.isVisibleTo(dialog):
            for text in widget_texts(widget):
                if english_left(text):
                    found.append(text[:80])
    return sorted(set(found))


def _check(dialog: QWidget, name: str, natural: QSize | None = None, grab: bool = True) -> list[str]:
    """``clipped`` and English left over at the dialog's own size (``natural``: the size it opened at)
    and, when it can be resized, at 1024×700; grabs of both."""
    grabs = _grabs() if grab else None
    folder = grabs / "es-dialogs" if grabs is not None else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    least = dialog.minimumSize().expandedTo(dialog.minimumSizeHint())
    if least.width() > SCREEN.width() or least.height() > SCREEN.height():
        problems.append(f"{name}: needs {least.width()}×{least.height()}, more than a 1024×700 screen")
    sizes = [natural or dialog.size()]
    if _resizable(dialog):
        sizes.append(SCREEN.boundedTo(dialog.maximumSize()).expandedTo(least))
    for size in sizes:
        dialog.resize(size)
        QApplication.processEvents()
        where = f"{name} at {dialog.width()}×{dialog.height()}"
        problems += [f"{where}: {p}" for p in clipped(dialog)]
        problems += [f"{where}: left in English: {t!r}" for t in _english(dialog)]
        if folder is not None:
            file_name = name.replace(" ", "-").replace(",", "").replace("'", "")
            dialog.grab().save(str(folder / f"{file_name}-{dialog.width()}x{dialog.height()}.png"))
    return problems


@pytest.fixture
def spanish_case(qtbot, controller, sandbox):  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "es")  # type: ignore[arg-type]
    assert current() == "es"
    window = _open_populated(qtbot, controller, sandbox)  # type: ignore[no-untyped-call]
    window.case_path = controller.case.paths.db
    return window


@pytest.mark.parametrize("name", list(BUILDERS))
def test_each_dialog_reads_whole_in_spanish(qtbot: QtBot, spanish_case: Any, name: str) -> None:
    dialog = BUILDERS[name](spanish_case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    problems: list[str] = []
    if isinstance(dialog, QWizard):
        natural = dialog.size()
        for step in range(len(dialog.pageIds())):
            problems += _check(dialog, f"{name} {step + 1}", natural)
            dialog.next()
    else:
        problems += _check(dialog, name)
    dialog.hide()
    assert problems == [], "\n".join(problems)


def test_the_search_reads_whole_in_spanish(qtbot: QtBot, spanish_case: Any) -> None:
    from ui.search import open_search

    search = open_search(spanish_case)
    qtbot.keyClicks(search.query, "extended time")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: search.results.topLevelItemCount() > 0, timeout=20_000)
    problems = _check(search, "search")
    search.close()
    assert problems == [], "\n".join(problems)


def test_the_school_log_import_reads_whole_in_spanish(
    qtbot: QtBot, spanish_case: Any, controller: Any, sandbox: Any
) -> None:
    from test_ui_import_log import LOG  # the English walk's file: six rows, its dates' order clear

    from ui.calendar.import_dialog import COLUMNS, ImportDialog
    from ui.calendar.page import CalendarPage

    path: Path = sandbox.documents / "speech-log.csv"
    path.write_text(LOG, encoding="utf-8")
    controller.files.always["school_log"] = path
    window = spanish_case
    index = next(i for i, p in enumerate(window.pages) if isinstance(p, CalendarPage))
    window.show_page(index)
    problems: list[str] = []

    def first_step(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        try:
            qtbot.waitUntil(
                lambda: dialog.pages.currentIndex() == COLUMNS and not dialog._planning, timeout=WAIT_MS
            )
            problems.extend(_check(dialog, "school log import 1"))
        finally:
            QDialog.done(dialog, QDialog.DialogCode.Rejected)  # its Esc would ask before closing

    outcome = when_modal(qtbot, first_step, ImportDialog)
    window.pages[index].calendar.import_school_log()
    qtbot.waitUntil(lambda: outcome != [], timeout=WAIT_MS)
    assert outcome == ["done"]
    assert problems == [], "\n".join(problems)


def test_the_checks_see_a_dialog_too_big_for_the_screen(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(1100, 400)
    dialog.show()
    assert any("more than a 1024×700 screen" in p for p in _check(dialog, "wide", grab=False))


@pytest.fixture
def spanish_first(qapp: QApplication) -> None:
    """Spanish before the controller makes its welcome window, as at a start in Spanish (requested
    before ``controller``, so pytest makes it first)."""
    install_language(qapp, "es")


def test_the_welcome_window_and_the_create_wizard_read_whole_in_spanish(
    qtbot: QtBot, spanish_first: None, controller: Any
) -> None:
    """A parent's first screens: the welcome window, then each page of creating a case, in Spanish."""
    from PySide6.QtCore import QPoint, Qt
    from ui_support import CHILD, PASSPHRASE

    assert current() == "es"
    controller.show_welcome()
    welcome = controller.welcome
    qtbot.waitExposed(welcome)
    problems = _check(welcome, "welcome")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    wizard = controller.wizard
    qtbot.waitUntil(wizard.isVisible)
    natural = wizard.size()
    qtbot.keyClicks(wizard.name_page.name, CHILD)  # type: ignore[no-untyped-call]
    problems += _check(wizard, "create 1", natural)
    wizard.next()
    problems += _check(wizard, "create 2", natural)
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.fields.first, PASSPHRASE)  # type: ignore[no-untyped-call]
    qtbot.keyClicks(page.fields.second, PASSPHRASE)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: page.fields.verdict.text() != "")
    problems += _check(wizard, "create 3", natural)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    kit = wizard.kit_page
    qtbot.waitUntil(lambda: wizard.currentPage() is kit, timeout=WAIT_MS)
    problems += _check(wizard, "create 4", natural)
    qtbot.mouseClick(kit.confirmed, Qt.MouseButton.LeftButton, pos=QPoint(6, kit.confirmed.height() // 2))  # type: ignore[no-untyped-call]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    assert problems == [], "\n".join(problems)
