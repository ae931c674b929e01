"""The line under an entry's form: "Written on …", "Edited on …", and a "History…" button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from iepdesk.errors import UsageError
from iepdesk.history.versions import written
from iepdesk.history.words import moment_text
from ui.history.history_dialog import HistoryDialog
from ui.i18n import translate
from ui.widgets.dialog_keys import never_default


class WrittenRow(QWidget):
    """Hidden for a new entry; for a saved one, when it was written and last edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.record_id: int | None = None
        self.history_dialog: HistoryDialog | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("History", "When this entry was written"))
        self.button = QPushButton(translate("History", "Histor&y…"))
        self.button.setAccessibleName(translate("History", "See this entry's earlier versions"))
        never_default(self.button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.open_history)
        self.setVisible(False)

    def set_record(self, kind: str, record_id: int | None) -> None:
        """Show when the record was written (none: a new entry, the row hides)."""
        self.kind, self.record_id = kind, record_id
        if record_id is None:
            self.setVisible(False)
            return
        try:
            info = written(kind, record_id)
        except UsageError:  # removed meanwhile
            self.setVisible(False)
            return
        if info.entered_at:
            text = translate("History", "Written on {moment}").format(moment=moment_text(info.entered_at))
        else:
            text = translate("History", "Written on: not recorded")
        if info.edited_at:
            text += "  ·  " + translate("History", "Edited on {moment}").format(
                moment=moment_text(info.edited_at)
            )
        self.label.setText(text)
        self.button.setEnabled(True)
        self.setVisible(True)

    def open_history(self) -> None:
        if self.record_id is None:
            return
        if self.history_dialog is not None:
            self.history_dialog.deleteLater()
        self.history_dialog = HistoryDialog(self.kind, self.record_id, self)
        self.history_dialog.open()  # modal over the form; it only shows
