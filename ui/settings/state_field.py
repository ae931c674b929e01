"""The child's state as a combo box: "Not set" (the federal rules only), then the 50 states and DC by
name in the window's language. Its item data is the postal code ("" for not set), which is what the
unsaved-changes snapshot and drafts keep (ui.widgets.unsaved reads a combo box's current data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListView, QVBoxLayout, QWidget

from iepdesk.states.codes import name_starts_with, states_by_name


class _FoldedSearchView(QListView):
    """The combo box's list. Typing a name finds it with accents and case aside, so "Michigan"
    typed on an English keyboard finds "Míchigan" in Spanish. Qt's own search compares letters
    exactly; the closed combo box uses this search too (QComboBox asks its view)."""

    def __init__(self) -> None:
        super().__init__()
        self._typed = ""
        self._since = QElapsedTimer()

    def typing(self) -> bool:
        """Whether a name is being typed (a letter came within the keyboard interval)."""
        return bool(self._typed) and self._since.elapsed() <= QApplication.keyboardInputInterval()

    def keyboardSearch(self, search: str) -> None:
        if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._since.start()
        new_search = not self._typed
        self._typed += search
        rows = self.model().rowCount()
        current = max(0, self.currentIndex().row())
        # As Qt does: a new search starts after the current item; a longer one from it (it may
        # match already). When what was typed names no state, the last letter alone goes on to the
        # next state with that letter, so pressing "N" again moves on to the next N state.
        tries = ((self._typed, current + 1 if new_search else current), (search, current + 1))
        for typed, first in tries:
            for step in range(rows):
                row = (first + step) % rows
                if name_starts_with(str(self.model().index(row, 0).data()), typed):
                    self.setCurrentIndex(self.model().index(row, 0))
                    self._typed = typed
                    return


class StateCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = _FoldedSearchView()
        self.setView(self._search)
        self.setAccessibleName(self.tr("The child's state"))
        self.addItem(self.tr("Not set: federal rules only"), "")
        # The core writes in the window's language (ui.i18n), in reading order.
        for state in states_by_name():
            self.addItem(state.name, state.code)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A space while a name is being typed belongs to the name ("New Hampshire", "Nueva York");
        otherwise it opens the list, as in every combo box."""
        view = self._search
        if event.key() == Qt.Key.Key_Space and not event.modifiers() and view.typing():
            view.setCurrentIndex(self.model().index(self.currentIndex(), 0))
            view.keyboardSearch(" ")
            self.setCurrentIndex(view.currentIndex().row())
            return
        super().keyPressEvent(event)

    def code(self) -> str:
        """The chosen state's postal code ("CA"), "" for not set."""
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_code(self, code: str) -> None:
        """Show ``code``'s state; "" or a code not in the list shows "Not set"."""
        self.setCurrentIndex(max(0, self.findData(code)))


def with_hint(combo: StateCombo) -> tuple[QWidget, QLabel]:
    """``combo`` with its hint close under it (as a date field's hint sits): the row for a form."""
    row, hint = hinted(combo)
    hint.setText(state_hint())
    combo.setAccessibleDescription(hint.text())  # a screen reader reads it with the combo box
    return row, hint


def hinted(field: QWidget) -> tuple[QWidget, QLabel]:
    """``field`` with an empty, smaller, wrapping line close under it: a form's row (its focus goes to
    the field) and the line, for the caller to fill."""
    hint = QLabel()
    hint.setWordWrap(True)
    font = hint.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    hint.setFont(font)
    row = QWidget()
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    layout.addWidget(hint)
    row.setFocusProxy(field)
    return row, hint


def state_hint() -> str:
    """The line under the combo box: why the state matters."""
    return QCoreApplication.translate(
        "StateCombo",
        "Some states set shorter deadlines. IEPDesk uses the earlier date and shows both rules.",
    )
