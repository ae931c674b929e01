"""Small field widgets of the provision form, and the keyboard rules every text field there follows.

Enter saves and starts the next provision (Shift+Enter is a new line in a multi-line field). Ctrl+Z
first undoes typing in the field; once the field has nothing left to undo, it reaches the editor's
undo stack, so the parent never has to think about which undo is which.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def line(accessible: str, length: int, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(accessible)
    field.setMaxLength(length)
    field.setPlaceholderText(placeholder)
    return field


def text_box(accessible: str, height: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


def number(accessible: str, placeholder: str = "") -> QLineEdit:
    """A whole number, or empty for "not written down"."""
    field = line(accessible, 4, placeholder)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), field))
    field.setMaximumWidth(70)
    return field


def number_value(field: QLineEdit) -> int | None:
    text = field.text().strip()
    return int(text) if text.isdigit() and int(text) > 0 else None


def choice(accessible: str, items: list[tuple[str, str | None]]) -> QComboBox:
    """A list of (shown text, stored code) with a first "not written down" entry."""
    box = QComboBox()
    box.setAccessibleName(accessible)
    for text, code in items:
        box.addItem(text, code)
    return box


def set_choice(box: QComboBox, code: str | None) -> None:
    index = box.findData(code)
    box.setCurrentIndex(max(0, index))


class Weekdays(QWidget):
    """Monday to Friday as checkboxes; the value is ISO numbers, "2,4" for Tuesday and Thursday."""

    changed = Signal()

    def __init__(self, names: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept: list[int] = []  # weekend days from a stored value, kept as they were
        self.boxes: list[QCheckBox] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for short, spoken in names:
            box = QCheckBox(short)
            box.setAccessibleName(spoken)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setFocusProxy(self.boxes[0])

    def value(self) -> str:
        days = [i + 1 for i, box in enumerate(self.boxes) if box.isChecked()] + self._kept
        return ",".join(str(d) for d in sorted(set(days)))

    def set_value(self, text: str | None) -> None:
        days = {int(p) for p in (text or "").split(",") if p.strip().isdigit()}
        self._kept = sorted(d for d in days if d > len(self.boxes))
        for i, box in enumerate(self.boxes):
            blocked = box.blockSignals(True)
            box.setChecked(i + 1 in days)
            box.blockSignals(blocked)


def _undo_or_redo(event: QKeyEvent) -> bool | None:
    """False for an undo key, True for a redo key (Ctrl+Shift+Z on every system), None otherwise."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return False
    if event.matches(QKeySequence.StandardKey.Redo):
        return True
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Z and modifiers == (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    ):
        return True
    return None


def _has_local_undo(widget: QObject, redo: bool) -> bool:
    if isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        widget = edit if edit is not None else widget
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class KeyRules(QObject):
    """Installed on each field of a form: Ctrl+Z falls through when a field is done, and (when
    ``enter`` is on) Enter saves."""

    enter_pressed = Signal()

    def __init__(self, parent: QObject | None = None, enter: bool = True) -> None:
        super().__init__(parent)
        self._enter = enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            redo = _undo_or_redo(event)
            if redo is not None and not _has_local_undo(watched, redo):
                event.ignore()  # nothing left to undo in the field: the editor's Undo / Redo takes it
                return True
        if (
            self._enter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _RETURN_KEYS
            and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False  # choosing in an open list
            if isinstance(watched, QPlainTextEdit) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                watched.textCursor().insertText("\n")
                return True
            self.enter_pressed.emit()
            return True
        return False
