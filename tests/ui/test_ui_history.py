"""An edited incident keeps its first wording: its form says when it was written and edited, and
"History…" shows both versions, read-only (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_calendar_support import ACCOMMODATION, INCIDENTS_PAGE, D, build_case, open_page, when_modal
from ui_support import PASSPHRASE

from iepdesk.casefile import Case
from iepdesk.schedule import logbook
from ui.history.history_dialog import HistoryDialog
from ui.incidents.incident_dialog import IncidentDialog

FIRST = "No extended time on the fractions test"
SECOND = "No extended time on the fractions test or the quiz"


def test_an_edited_incident_shows_when_it_was_written_and_both_versions(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    with Case.open(ids.path, PASSPHRASE):
        logbook.record_incident(D(2026, 11, 6), [ids.accommodation], FIRST, "My child")
    page = open_page(qtbot, controller, ids, INCIDENTS_PAGE)
    view = page.view
    view.table.selectRow(0)

    def change(dialog: IncidentDialog) -> None:
        assert dialog.written.isVisibleTo(dialog)  # a saved incident: when it was written
        assert dialog.written.label.text().startswith("Written on ")
        assert "Edited on" not in dialog.written.label.text()
        dialog.what.selectAll()
        qtbot.keyClicks(dialog.what, SECOND)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, change, IncidentDialog)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]

    view.table.selectRow(0)
    seen: dict[str, object] = {}

    def look(dialog: IncidentDialog) -> None:
        assert dialog.what.toPlainText() == SECOND
        assert "  ·  Edited on " in dialog.written.label.text()
        qtbot.mouseClick(dialog.written.button, Qt.MouseButton.LeftButton)
        history = dialog.written.history_dialog
        assert isinstance(history, HistoryDialog) and history.isVisible()
        titles = [history.list.item(i).text().split("\n")[0] for i in range(history.list.count())]
        seen["titles"] = titles
        seen["now"] = history.detail.toPlainText()  # the current version is selected first
        history.list.setFocus()
        qtbot.keyClick(history.list, Qt.Key.Key_Up)  # the first version
        seen["first"] = history.detail.toPlainText()
        assert history.detail.isReadOnly()
        qtbot.keyClick(history.list, Qt.Key.Key_Return)  # Enter closes: it only shows
        assert not history.isVisible()
        dialog.reject()

    done = when_modal(qtbot, look, IncidentDialog)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    assert seen["titles"] == ["Version 1, first written", "Version 2 (now)"]
    assert f"What happened: {FIRST} → {SECOND}" in str(seen["now"])
    assert f"What happened {FIRST}" in " ".join(str(seen["first"]).split())
    assert ACCOMMODATION in str(seen["first"])  # what it was about, by name
