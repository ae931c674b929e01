"""One log entry as a form: service, what happened, minutes, why, how you know, a note."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from iepdesk.schedule.entries import EntryRow, ServiceChoice
from iepdesk.schedule.kinds import LogStatus
from ui.calendar.texts import counting_choices, counting_help, reasons, sources, status_choices
from ui.history.written_row import WrittenRow
from ui.i18n import translate
from ui.widgets.unsaved import Snapshot

_AS_PLANNED = -1


class EntryForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = QComboBox()
        self.service.setAccessibleName(translate("Calendar", "Service"))
        self.status = QComboBox()
        self.status.setAccessibleName(translate("Calendar", "What happened"))
        for code, caption in status_choices():
            self.status.addItem(caption, code)
        self.minutes = QSpinBox()
        self.minutes.setRange(_AS_PLANNED, 24 * 60)
        self.minutes.setSpecialValueText(translate("Calendar", "As planned"))
        self.minutes.setSuffix(translate("Calendar", " minutes"))
        self.minutes.setAccessibleName(translate("Calendar", "Minutes given"))
        self.minutes.setMinimumWidth(150)
        self.minutes.setValue(_AS_PLANNED)
        self.reason = QComboBox()
        self.reason.setAccessibleName(translate("Calendar", "Why it was missed or cut short"))
        self.reason.addItem(translate("Calendar", "(no reason given)"), None)
        for code, caption in reasons():
            self.reason.addItem(caption, code)
        self.source = QComboBox()
        self.source.setAccessibleName(translate("Calendar", "How you know"))
        for source, caption in sources():
            self.source.addItem(caption, source)
        self.counting = QComboBox()
        self.counting.setAccessibleName(translate("Calendar", "If someone else logged this session too"))
        for code, caption in counting_choices():
            self.counting.addItem(caption, code)
        self.counting.setToolTip(counting_help())
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("Calendar", "Note"))
        self.note.setMaxLength(2000)
        self.note.setPlaceholderText(
            translate("Calendar", "For example: group session instead of individual")
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        for text, widget in (
            (translate("Calendar", "&Service:"), self.service),
            (translate("Calendar", "&What happened:"), self.status),
            (translate("Calendar", "M&inutes given:"), self.minutes),
            (translate("Calendar", "&Why:"), self.reason),
            (translate("Calendar", "How you &know:"), self.source),
            (translate("Calendar", "Logged &twice:"), self.counting),
            (translate("Calendar", "N&ote:"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.written = WrittenRow()  # "Written on …" for a saved entry, with its history (issue 18)
        form.addRow(self.written)
        self.status.currentIndexChanged.connect(self._update)
        self._update()
        self._snapshot = Snapshot.of(self)  # what the form held when reset or filled: has_changes
        self._snapshot.take()

    def has_changes(self) -> bool:
        return self._snapshot.changed()

    def field_values(self) -> dict[str, Any]:
        """What the fields hold, by name (for a draft kept when the case locks)."""
        return self._snapshot.values()

    def put_values(self, values: dict[str, Any]) -> None:
        """Fill the fields from a draft; they stay unsaved (compared with what was reset or loaded)."""
        self._snapshot.apply(values)

    def set_services(self, choices: list[ServiceChoice]) -> None:
        self.service.clear()
        for choice in choices:
            self.service.addItem(
                translate("Calendar", "{name} ({minutes} min)").format(
                    name=choice.name, minutes=choice.minutes_per_session
                ),
                choice.provision_id,
            )
        self._snapshot.take()

    def _update(self) -> None:
        status = self.status.currentData()
        self.reason.setEnabled(status in (LogStatus.MISSED.value, LogStatus.SHORTENED.value))
        self.minutes.setEnabled(status != LogStatus.MISSED.value)

    def reset(self) -> None:
        self.status.setCurrentIndex(0)
        self.minutes.setValue(_AS_PLANNED)
        self.reason.setCurrentIndex(0)
        self.counting.setCurrentIndex(0)
        self.note.clear()
        self.written.set_record("log_entry", None)
        self._snapshot.take()

    def set_entry(self, entry: EntryRow) -> None:
        index = self.service.findData(entry.provision_id)
        if index < 0:
            self.service.addItem(entry.service, entry.provision_id)
            index = self.service.count() - 1
        self.service.setCurrentIndex(index)
        self.status.setCurrentIndex(max(0, self.status.findData(entry.status)))
        self.minutes.setValue(_AS_PLANNED if entry.minutes is None else entry.minutes)
        self.reason.setCurrentIndex(max(0, self.reason.findData(entry.reason)))
        self.source.setCurrentIndex(max(0, self.source.findData(entry.source)))
        self.counting.setCurrentIndex(max(0, self.counting.findData(entry.counting)))
        self.note.setText(entry.note)
        self.written.set_record("log_entry", entry.id)
        self._snapshot.take()

    def provision_id(self) -> int | None:
        value = self.service.currentData()
        return int(value) if value is not None else None

    def value(self) -> dict[str, Any]:
        """The entry's fields, as the core names them (without the date and provision)."""
        status = self.status.currentData()
        minutes = self.minutes.value()
        return {
            "status": status,
            "minutes": None if minutes == _AS_PLANNED or status == LogStatus.MISSED.value else minutes,
            "reason": self.reason.currentData() if self.reason.isEnabled() else None,
            "source": self.source.currentData(),
            "note": self.note.text().strip(),
            "counting": str(self.counting.currentData() or ""),
        }
