"""Unsaved changes, handled once for every form: the question, the snapshot that tells, the draft.

A form (a page of the main window, or a part of one) answers four things, the ``Unsaved`` protocol:
has_unsaved_changes(), save_unsaved() (False: it did not save, so stay), discard_unsaved(), and for the
lock, draft_values() / restore_draft(). Before the parent leaves a form with unsaved changes (a new
entry, another row, another page, closing the window or the case) ``resolve()`` asks Save / Discard /
Cancel. A lock cannot ask: the window keeps each form's draft_values() in the case (iepdesk.drafts)
and gives them back after unlocking.

Whether a form has changed is told by comparing what it holds now with a snapshot taken when it was
filled (``Snapshot``), not by following each widget's signals, which miss changes made from code and
count a change that was typed and then undone.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)


def forget_draft(form: str) -> None:
    """Drop ``form``'s kept draft once the parent saved or discarded it. A failure is logged by its
    kind only (never the draft's text): the draft then comes back once more, which loses nothing."""
    from iepdesk import drafts

    try:
        drafts.clear(form)
    except Exception as exc:
        log.warning("draft not cleared: %s", type(exc).__name__)


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@runtime_checkable
class Unsaved(Protocol):
    def has_unsaved_changes(self) -> bool: ...

    def save_unsaved(self) -> bool: ...

    def discard_unsaved(self) -> None: ...


class Form:
    """The protocol from three callables, for a part of a page (an editor beside a list)."""

    def __init__(
        self, has: Callable[[], bool], save: Callable[[], bool], discard: Callable[[], None]
    ) -> None:
        self.has_unsaved_changes, self.save_unsaved, self.discard_unsaved = has, save, discard


#: Replaced by tests that answer the question without a dialog (None: ask for real).
answer_for_tests: Callable[[str], Choice] | None = None


def ask(parent: QWidget | None, what: str = "") -> Choice:
    """Save / Discard / Cancel, Save the default, Esc = Cancel. ``what`` names the unsaved thing."""
    question = (
        QCoreApplication.translate("Unsaved", "{what} has changes that are not saved. Save them?").format(
            what=what
        )
        if what
        else QCoreApplication.translate("Unsaved", "There are changes that are not saved. Save them?")
    )
    if answer_for_tests is not None:
        return answer_for_tests(question)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Unsaved changes"))
    box.setText(question)
    box.setInformativeText(
        QCoreApplication.translate("Unsaved", "Discard throws the changes away. Cancel goes back to them.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    try:
        answer = box.exec()
    finally:
        box.deleteLater()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


_silenced = 0


@contextmanager
def silenced() -> Iterator[None]:
    """While the case locks: nothing asks (its drafts are already kept) and nothing is saved or
    discarded; a form being emptied may move on."""
    global _silenced
    _silenced += 1
    try:
        yield
    finally:
        _silenced -= 1


def resolve(parent: QWidget | None, form: Unsaved, what: str = "") -> bool:
    """Settle ``form``'s unsaved changes before leaving it: True when the parent may go on."""
    if _silenced or not form.has_unsaved_changes():
        return True
    choice = ask(parent, what)
    if choice is Choice.SAVE:
        return form.save_unsaved()
    if choice is Choice.DISCARD:
        form.discard_unsaved()
        return True
    return False


def restored_text(saved_at: str) -> str:
    """The mark on a form holding a draft given back after unlocking."""
    try:
        when = dt.datetime.fromisoformat(saved_at)
    except ValueError:
        return QCoreApplication.translate("Unsaved", "Restored unsaved draft — Save or Discard")
    stamp = when.strftime("%H:%M") if when.date() == dt.date.today() else when.strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate(
        "Unsaved", "Restored unsaved draft from {time} — Save or Discard"
    ).format(time=stamp)


# ---- snapshots of plain widgets ------------------------------------------------------------------------
def widget_value(widget: QWidget) -> Any:
    """What ``widget`` holds, as a JSON value (for the snapshot and for a draft)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if isinstance(data, str | int | float | bool) else widget.currentText()
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString("yyyy-MM-ddTHH:mm")
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return [
            widget.item(r).checkState() == Qt.CheckState.Checked
            for r in range(widget.count())
            if widget.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable
        ]
    readable = getattr(widget, "is_readable", None)  # a date field: what is typed, even unreadable
    edit = getattr(widget, "edit", None)
    if callable(readable) and isinstance(edit, QLineEdit) and not readable():
        return {"typed": edit.text()}
    value = getattr(widget, "value", None)  # a field of our own (a date field, …)
    if callable(value):
        held = value()
        if isinstance(held, dt.date):
            return held.isoformat()
        return held if held is None or isinstance(held, str | int | float | bool | list) else str(held)
    raise TypeError(f"no snapshot for {type(widget).__name__}")


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Put back what ``widget_value`` read (a draft after unlocking). A value that does not fit is left."""
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0:
            index = widget.findText(str(value))
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QDateEdit):
        day = QDate.fromString(str(value), Qt.DateFormat.ISODate)
        if day.isValid():
            widget.setDate(day)
    elif isinstance(widget, QDateTimeEdit):
        when = QDateTime.fromString(str(value), "yyyy-MM-ddTHH:mm")
        if when.isValid():
            widget.setDateTime(when)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
        widget.setValue(float(value))
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        rows = [r for r in range(widget.count()) if widget.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable]
        for row, on in zip(rows, value, strict=False):
            widget.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    elif isinstance(value, dict) and isinstance(value.get("typed"), str):
        edit = getattr(widget, "edit", None)  # a date field's unreadable text, given back as typed
        if isinstance(edit, QLineEdit):
            edit.setText(value["typed"])
    else:
        setter = getattr(widget, "set_value", None)
        if callable(setter):
            if isinstance(value, str) and len(value) == 10:
                try:
                    setter(dt.date.fromisoformat(value))
                    return
                except ValueError:
                    pass
            setter(value)


_FIELDS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QDateTimeEdit,
    QSpinBox,
    QDoubleSpinBox,
    QListWidget,
)


def form_fields(form: QWidget) -> dict[str, QWidget]:
    """The widgets holding values that are public attributes of ``form``, by attribute name (a field of
    our own counts when it has value() and set_value())."""
    found: dict[str, QWidget] = {}
    for name, widget in vars(form).items():
        if name.startswith("_") or not isinstance(widget, QWidget):
            continue
        own = callable(getattr(widget, "value", None)) and callable(getattr(widget, "set_value", None))
        checkable = isinstance(widget, QAbstractButton) and widget.isCheckable()
        if own or checkable or isinstance(widget, _FIELDS):
            found[name] = widget
    return found


class Snapshot:
    """The values of named widgets when a form was filled; ``changed()`` compares them with now.

    ``fields`` maps a stable name (kept in drafts) to its widget, or to a (read, write) pair of
    callables for a value no single widget holds.
    """

    def __init__(self, fields: dict[str, QWidget | tuple[Callable[[], Any], Callable[[Any], None]]]) -> None:
        self._fields = fields
        self._taken: dict[str, Any] = {}

    @classmethod
    def of(cls, form: QWidget) -> Snapshot:
        """A snapshot of every field of ``form`` (see form_fields)."""
        return cls(dict(form_fields(form)))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, field in self._fields.items():
            out[name] = field[0]() if isinstance(field, tuple) else widget_value(field)
        return out

    def take(self) -> None:
        """The form was just filled (or saved): this is what 'unchanged' means from now on."""
        self._taken = self.values()

    def changed(self) -> bool:
        return self.values() != self._taken

    def changed_names(self) -> list[str]:
        now = self.values()
        return [name for name in now if now[name] != self._taken.get(name)]

    def apply(self, values: dict[str, Any], names: Iterable[str] | None = None) -> None:
        """Put ``values`` (a draft) back into the widgets, without taking a new snapshot."""
        for name in names if names is not None else values:
            field = self._fields.get(name)
            if field is None or name not in values:
                continue
            if isinstance(field, tuple):
                field[1](values[name])
            else:
                set_widget_value(field, values[name])


class AsksBeforeClosing:
    """For a dialog (listed before QDialog among its bases): Cancel, Esc or the close box with unsaved
    changes asks Save / Discard / Cancel. The dialog calls keep_snapshot() once it is filled; Save
    presses its save_button (the dialog closes when what was typed could be saved). While the case
    locks (``silenced``) it closes without asking, as before."""

    _unsaved: Snapshot | None = None

    def keep_snapshot(self, snapshot: Snapshot | None = None) -> None:
        self._unsaved = snapshot or Snapshot.of(self)  # type: ignore[arg-type]
        self._unsaved.take()

    def has_unsaved_changes(self) -> bool:
        return self._unsaved is not None and self._unsaved.changed()

    def save_unsaved(self) -> bool:
        button = getattr(self, "save_button", None)
        if isinstance(button, QAbstractButton) and button.isEnabled():
            button.click()
        return not self.isVisible()  # type: ignore[attr-defined]

    def discard_unsaved(self) -> None:
        """Closing throws the changes away."""

    def reject(self) -> None:
        if not _silenced and self.has_unsaved_changes():
            choice = ask(self)  # type: ignore[arg-type]
            if choice is Choice.CANCEL:
                return
            if choice is Choice.SAVE and (not self.save_unsaved() or not self.isVisible()):  # type: ignore[attr-defined]
                return  # not saved: the dialog stays, saying why; or saved and closed
        super().reject()  # type: ignore[misc]


def open_dialog_drafts() -> dict[str, dict[str, Any]]:
    """What is typed into each open dialog that keeps drafts (``draft_form``, ``draft_values()``), for
    the case's draft store: the case is locking and the dialog is about to close."""
    kept: dict[str, dict[str, Any]] = {}
    for widget in QApplication.topLevelWidgets():
        form = getattr(widget, "draft_form", "")
        values_of = getattr(widget, "draft_values", None)
        if not (
            isinstance(widget, AsksBeforeClosing) and widget.isVisible() and form and callable(values_of)
        ):
            continue
        try:
            values = values_of()
        except Exception:  # the lock goes on; this dialog's draft is lost, never half-saved
            values = None
        if isinstance(values, dict):
            kept[form] = values
    return kept
