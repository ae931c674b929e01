"""One communication: when, how, who, what was said, the follow-up, attachments and links."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iepdesk.comms.log import Direction
from ui.comms.entries_ctl import EntryData, channel_labels, direction_labels
from ui.comms.record_list import RecordList
from ui.comms.tone_box import ToneBox
from ui.history.written_row import WrittenRow
from ui.icons import icon
from ui.widgets.date_field import DateTimeField, require_readable
from ui.widgets.optional_date import OptionalDateEdit


class EntryForm(QWidget):
    edited = Signal()
    save_requested = Signal()
    attach_requested = Signal()
    link_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id: int | None = None
        self.when = DateTimeField(self.tr("Date and time"))
        self._when_is_now = True  # a new entry's time, until the parent types one: see _on_edited
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("How: email, call, meeting…"))
        for value, label in channel_labels().items():
            self.channel.addItem(label, value)
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("To or from the school"))
        for value, label in direction_labels().items():
            self.direction.addItem(label, value)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Team members involved"))
        self.people.setMaximumHeight(64)
        self.no_team = QLabel(self.tr("Add the team on the Overview page to choose people here."))
        self.no_team.setWordWrap(True)
        self.no_team.setEnabled(False)
        self.others = QLineEdit()
        self.others.setAccessibleName(self.tr("Other people, not in the team"))
        self.others.setPlaceholderText(self.tr("Other people (names or email addresses)"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("What was said: the message, or a summary"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(200)
        self.tone = ToneBox(self.body)
        self.follow_up = OptionalDateEdit(self.tr("Follow-up date"))
        self.follow_up_done = QCheckBox(self.tr("Done"))
        self.follow_up_done.setAccessibleName(self.tr("The follow-up is done"))
        self.attachments = RecordList(
            self.tr("Attached documents"),
            self.tr("&Attach a document…"),
            self.tr("Attach a document from the case"),
        )
        self.links = RecordList(
            self.tr("What it is about"),
            self.tr("Lin&k to an IEP item or incident…"),
            self.tr("Link to an IEP item or an incident"),
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setAccessibleName(self.tr("Save the communication"))
        self.save_button.setDefault(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        # The page places the Save button and status under the form, always in view.

        people_box = QVBoxLayout()
        people_box.setSpacing(4)
        people_box.addWidget(self.people)
        people_box.addWidget(self.no_team)
        people_box.addWidget(self.others)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_done)
        follow_row.addStretch(1)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        how_label = QLabel(self.tr("&How:"))
        how_label.setBuddy(self.channel)
        when_row.addSpacing(12)
        when_row.addWidget(how_label)
        when_row.addWidget(self.channel)
        when_row.addWidget(self.direction)
        when_row.addStretch(1)
        form = QFormLayout()
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.when)
        form.addRow(when_label, when_row)
        people_label = QLabel(self.tr("&People:"))
        people_label.setBuddy(self.people)
        form.addRow(people_label, people_box)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("Follow-up:"), follow_row)
        self.written = WrittenRow()  # "Written on …" for a saved entry, with its history (issue 18)
        form.addRow(self.written)
        writing = QSplitter(Qt.Orientation.Horizontal)
        writing.addWidget(self.body)
        writing.addWidget(self.tone)
        writing.setChildrenCollapsible(False)
        writing.setStretchFactor(0, 3)
        writing.setStretchFactor(1, 2)
        records = QHBoxLayout()
        for title, widget in ((self.tr("Attachments"), self.attachments), (self.tr("About"), self.links)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            column.addStretch(1)
            records.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form)
        body_label = QLabel(self.tr("&Message or summary:"))
        body_label.setBuddy(self.body)
        layout.addWidget(body_label)
        layout.addWidget(writing, 1)
        layout.addLayout(records)

        self._loading = False
        self.dirty = False
        for signal in (
            self.when.changed,
            self.others.textEdited,
            self.subject.textEdited,
            self.body.textChanged,
            self.follow_up.changed,
            self.follow_up_done.toggled,
            self.attachments.changed,
            self.links.changed,
            self.people.itemChanged,
        ):
            signal.connect(self._on_edited)
        self.channel.activated.connect(lambda _i: self._on_edited())
        self.direction.currentIndexChanged.connect(lambda _i: self._direction_changed())
        self.follow_up.changed.connect(self._update)
        self.save_button.clicked.connect(self.save_requested)
        self.attachments.add_requested.connect(self.attach_requested)
        self.links.add_requested.connect(self.link_requested)
        self.set_contacts([])
        self.set_entry(None)

    # ---- filling ----------------------------------------------------------------------------------
    def set_contacts(self, contacts: list[tuple[int, str]]) -> None:
        checked = set(self.contact_ids())
        self.people.blockSignals(True)
        self.people.clear()
        for contact_id, label in contacts:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if contact_id in checked else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.blockSignals(False)
        self.people.setVisible(bool(contacts))
        self.no_team.setVisible(not contacts)

    def set_entry(
        self,
        data: EntryData | None,
        attachment_labels: list[tuple[tuple[str, object], str]] | None = None,
        link_labels: list[tuple[tuple[str, object], str]] | None = None,
    ) -> None:
        """Show ``data`` (None: an empty form for a new entry, now)."""
        self._loading = True
        data = data or EntryData()
        self.entry_id = data.id
        self.written.set_record("communication", data.id)
        when = QDateTime.fromString(data.when, "yyyy-MM-ddTHH:mm") if "T" in data.when else QDateTime()
        if not when.isValid() and data.when:
            when = QDateTime.fromString(data.when[:10] + "T09:00", "yyyy-MM-ddTHH:mm")
        self.when.setDateTime(when if when.isValid() else QDateTime.currentDateTime())
        self._when_is_now = not data.when
        self.channel.setCurrentIndex(max(0, self.channel.findData(data.channel)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(data.direction)))
        for row in range(self.people.count()):
            item = self.people.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in data.contact_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.others.setText(data.other_people)
        self.subject.setText(data.subject)
        self.body.setPlainText(data.body)
        self.follow_up.set_value(data.follow_up)
        self.follow_up_done.setChecked(data.follow_up_done)
        self.attachments.set_items(attachment_labels or [])
        self.links.set_items(link_labels or [])
        self.status.clear()
        self._loading = False
        self.dirty = False
        self._direction_changed(edited=False)
        self._update()
        self._baseline = self.value()  # what "unchanged" means (see has_changes)

    def value(self) -> EntryData:
        stamp = self.when.dateTime().toString("yyyy-MM-ddTHH:mm")
        keys = self.attachments.record_keys()
        return EntryData(
            id=self.entry_id,
            when=stamp,
            channel=str(self.channel.currentData()),
            direction=str(self.direction.currentData()),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            contact_ids=self.contact_ids(),
            other_people=self.others.text(),
            follow_up=self.follow_up.value(),
            follow_up_done=self.follow_up_done.isChecked() and self.follow_up.value() is not None,
            attachments=[int(k[1]) for k in keys if k[0] == "document"],  # type: ignore[call-overload]
            pending_files=[Path(str(k[1])) for k in keys if k[0] == "file"],
            links=[(str(k[0]), int(k[1])) for k in self.links.record_keys()],  # type: ignore[call-overload]
        )

    def contact_ids(self) -> list[int]:
        return [
            int(self.people.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.people.count())
            if self.people.item(r).checkState() == Qt.CheckState.Checked
        ]

    def when_date(self) -> dt.date:
        when = self.when.value()
        return when.date() if when is not None else dt.date.today()

    def check_dates(self) -> None:
        """Before saving: DateTextError names a date that cannot be read (``value`` has none there)."""
        require_readable(self.when, self.follow_up)

    # ---- state ------------------------------------------------------------------------------------
    def mark_saved(self, entry_id: int, text: str) -> None:
        self.entry_id = entry_id
        self.written.set_record("communication", entry_id)
        self.dirty = False
        self.status.setText(text)
        self._baseline = self.value()

    def has_changes(self) -> bool:
        """Whether the form holds anything other than what it was filled with (or last saved): a
        comparison of values, so a change made from code counts and one typed and undone does not."""
        return self.value() != self._baseline

    def baseline(self) -> EntryData:
        return self._baseline

    def set_baseline(self, data: EntryData) -> None:
        """Compare with ``data`` from now on (a restored draft is compared with the saved entry)."""
        self._baseline = data

    def _direction_changed(self, edited: bool = True) -> None:
        self.tone.set_active(self.direction.currentData() == Direction.TO_SCHOOL.value)
        if edited:
            self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        if self.sender() is self.when:
            self._when_is_now = False
        elif self._when_is_now and self.entry_id is None:
            self._start_now()
        self.dirty = True
        self.status.setText(self.tr("Unsaved changes"))
        self._update()
        self.edited.emit()

    def _start_now(self) -> None:
        """A new entry takes the time it is started at, not the time the empty form was shown."""
        self._when_is_now = False
        self._loading = True
        try:
            self.when.setDateTime(QDateTime.currentDateTime())
        finally:
            self._loading = False
        baseline = getattr(self, "_baseline", None)
        if isinstance(baseline, EntryData):
            self._baseline = replace(baseline, when=self.value().when)

    def _update(self) -> None:
        self.follow_up_done.setEnabled(self.follow_up.value() is not None)

    def clear(self) -> None:
        self.tone.clear()
        self.set_contacts([])
        self.set_entry(None)
        self.tone.clear()
