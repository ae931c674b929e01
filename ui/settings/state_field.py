"""The child's state as a combo box: "Not set" (the federal rules only), then the 50 states and DC by
name in the window's language. Its item data is the postal code ("" for not set), which is what the
unsaved-changes snapshot and drafts keep (ui.widgets.unsaved reads a combo box's current data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from iepdesk.states.codes import states_by_name


class StateCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The child's state"))
        self.addItem(self.tr("Not set: federal rules only"), "")
        for state in states_by_name():  # the core writes in the window's language (ui.i18n)
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


def state_hint() -> str:
    """The line under the combo box: why the state matters."""
    return QCoreApplication.translate(
        "StateCombo",
        "Some states set shorter deadlines. IEPDesk uses the earlier date and shows both rules.",
    )
