"""The child's state as a combo box: "Not set" (the federal rules only), then the 50 states and DC by
name in the window's language. Its item data is the postal code ("" for not set), which is what the
unsaved-changes snapshot and drafts keep (ui.widgets.unsaved reads a combo box's current data)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from iepdesk.states.codes import states_by_name


class StateCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The child's state"))
        self.addItem(self.tr("Not set: federal rules only"), "")
        # The core writes in the window's language (ui.i18n); sorted with accents folded, so that
        # "Míchigan" comes before "Minnesota" as a reader expects, not after "Montana".
        for state in sorted(states_by_name(), key=lambda s: _folded(s.name)):
            self.addItem(state.name, state.code)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def code(self) -> str:
        """The chosen state's postal code ("CA"), "" for not set."""
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_code(self, code: str) -> None:
        """Show ``code``'s state; "" or a code not in the list shows "Not set"."""
        self.setCurrentIndex(max(0, self.findData(code)))


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).casefold()


def with_hint(combo: StateCombo) -> tuple[QWidget, QLabel]:
    """``combo`` with its hint close under it (as a date field's hint sits): the row for a form."""
    hint = QLabel(state_hint())
    combo.setAccessibleDescription(hint.text())  # a screen reader reads it with the combo box
    hint.setWordWrap(True)
    font = hint.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    hint.setFont(font)
    row = QWidget()
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(combo)
    layout.addWidget(hint)
    row.setFocusProxy(combo)
    return row, hint


def state_hint() -> str:
    """The line under the combo box: why the state matters."""
    return QCoreApplication.translate(
        "StateCombo",
        "Some states set shorter deadlines. IEPDesk uses the earlier date and shows both rules.",
    )
