"""Adding a photo of paper: the date the photo holds is suggested (and where it came from); the
parent confirms or changes it, and ticks that day's log entries the photo belongs to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import PurePath

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from iepdesk import i18n
from iepdesk.dates import DateTextError
from iepdesk.vault.photo import SAVED, TAKEN, PhotoFacts
from ui.widgets.date_field import require_readable
from ui.widgets.optional_date import OptionalDateEdit

#: (id, label) of the log entries of a day.
EntriesOf = Callable[[dt.date], list[tuple[int, str]]]
PREVIEW = QSize(220, 220)


def _day(day: dt.date) -> str:
    return i18n.long_date(day)


class PhotoDialog(QDialog):
    def __init__(self, facts: PhotoFacts, entries_of: EntriesOf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self._entries_of = entries_of
        self.setWindowTitle(self.tr("Add a photo"))
        self.setAccessibleName(self.tr("Add a photo"))
        self.setMinimumWidth(560)

        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("The photo"))
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._show_preview()

        self.title = QLineEdit(PurePath(facts.name).stem or facts.name)
        self.title.setAccessibleName(self.tr("Title of the photo"))
        self.title.setMaxLength(300)
        self.date = OptionalDateEdit(self.tr("Date of the paper"))
        self.date.set_value(facts.taken)
        self._suggested_text = self.date.edit.text()
        self.source = QLabel(self._source_text())
        self.source.setWordWrap(True)
        self.source.setAccessibleName(self.tr("Where the date came from"))
        self.location = QLabel(
            self.tr(
                "The photo held the place where it was taken (GPS). The copy kept in the case leaves it out."
            )
            if facts.location_removed
            else self.tr("The photo holds no place where it was taken.")
        )
        self.location.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        date_label = QLabel(self.tr("&Date of the paper:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, self.date)
        form.addRow("", self.source)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.location)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(side, 1)

        self.entries_box = QGroupBox()
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Log entries of that day to link the photo to"))
        self.entries.setMinimumHeight(110)
        box = QVBoxLayout(self.entries_box)
        self.entries_hint = QLabel(
            self.tr("Tick the sessions this paper is about. You can link it later too.")
        )
        self.entries_hint.setWordWrap(True)
        box.addWidget(self.entries_hint)
        box.addWidget(self.entries)

        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Add photo"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.skip_button = buttons.addButton(
            self.tr("&Skip this photo"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.skip)

        layout = QVBoxLayout(self)
        name = QLabel(self.tr("Adding {name}").format(name=facts.name))
        name.setWordWrap(True)
        layout.addWidget(name)
        layout.addLayout(top)
        layout.addWidget(self.entries_box, 1)
        layout.addWidget(buttons)
        self.date.changed.connect(self._fill_entries)
        self._fill_entries()
        self.title.setFocus()

    # ---- what is shown ----------------------------------------------------------------------------
    def _source_text(self) -> str:
        taken = self.facts.taken
        if taken is not None and self.facts.source == TAKEN:
            return self.tr(
                "Suggested from the photo's own information: the day it was taken ({date}). Change it "
                "if the paper is from another day."
            ).format(date=_day(taken))
        if taken is not None and self.facts.source == SAVED:
            return self.tr(
                "Suggested from the photo's own information: the day the phone or camera last saved it "
                "({date}). Check it against the paper."
            ).format(date=_day(taken))
        return self.tr(
            "The photo holds no date of its own, so none is suggested. Type the day the paper is from, "
            "or leave it empty."
        )

    def _show_preview(self) -> None:
        """A small picture, decoded at its small size (the photo was read safely before)."""
        from PySide6.QtGui import QImageReader

        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.facts.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # turned as the phone held it
        reader.setAllocationLimit(64)  # megabytes
        size = reader.size()
        if size.isValid() and size.width() > 0 and size.height() > 0:
            reader.setScaledSize(size.scaled(PREVIEW * 2, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        buffer.close()
        if image.isNull():
            self.preview.setText(self.tr("No preview"))
            return
        pixmap = QPixmap.fromImage(image).scaled(
            PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.preview.setPixmap(pixmap)

    def _fill_entries(self) -> None:
        day = self.date.value()
        checked = set(self.checked_entries())
        self.entries.clear()
        if day is None:
            self.entries_box.setTitle(self.tr("Link to that day's log entries"))
            self._note(self.tr("Give the paper's date to see that day's log entries."))
            return
        self.entries_box.setTitle(self.tr("Link to the log entries of {date}").format(date=_day(day)))
        rows = self._entries_of(day)
        for entry_id, label in rows:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry_id in checked else Qt.CheckState.Unchecked)
            self.entries.addItem(item)
        if rows:
            self.entries.setCurrentRow(0)
        else:
            self._note(self.tr("No sessions are logged on {date}.").format(date=_day(day)))

    def _note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.entries.addItem(item)

    # ---- what the parent chose --------------------------------------------------------------------
    def checked_entries(self) -> list[int]:
        out = []
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            value = item.data(Qt.ItemDataRole.UserRole)
            if value is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(value))
        return out

    def values(self) -> tuple[str, dt.date | None, list[int]]:
        """(title, date, log entries) as the parent left them."""
        return self.title.text().strip(), self.date.value(), self.checked_entries()

    def _typed(self) -> bool:
        """The parent changed the title or the date, or ticked a session."""
        suggested_title = PurePath(self.facts.name).stem or self.facts.name
        return (
            self.title.text() != suggested_title
            or self.date.edit.text() != self._suggested_text
            or bool(self.checked_entries())
        )

    def skip(self) -> None:
        """Skip this photo, Esc, or closing the window: after typing, asks first (what was typed is
        not kept). ``reject`` itself never asks: a lock closes every dialog with it."""
        if self._typed():
            answer = QMessageBox.question(
                self,
                self.tr("Skip this photo?"),
                self.tr("The photo is not added, and what you typed for it is not kept."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.skip()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and self._typed():
            event.ignore()
            self.skip()
            return
        super().closeEvent(event)

    def accept(self) -> None:
        try:
            require_readable(self.date)
        except DateTextError as exc:
            QMessageBox.warning(self, self.tr("Add a photo"), str(exc))
            return
        if not self.title.text().strip():
            QMessageBox.warning(self, self.tr("Add a photo"), self.tr("A document needs a title."))
            self.title.setFocus()
            return
        super().accept()
