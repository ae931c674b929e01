"""The parts every record dialog builds the same way: labelled rows whose label takes the keyboard to
its field, and a Save / Cancel box whose Save button has a name a screen reader says."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QWidget


def labelled_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> None:
    """Each (label text with its &key, field) as a row; the label's key moves to the field."""
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)


def save_cancel(
    dialog: QDialog, save_name: str, accept: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save and Cancel: Save calls ``accept`` (which checks, then closes), Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setAccessibleName(save_name)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, save
