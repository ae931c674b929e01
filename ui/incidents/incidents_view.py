"""The Incidents page's content: filters (dates, provision, words), the list, the selected incident in
full, and buttons to record, change and delete."""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from iepdesk import drafts as form_drafts
from iepdesk import incidents
from iepdesk.drafts import Draft
from iepdesk.incidents import IncidentData, IncidentRow
from ui import messages
from ui.calendar.scrub import close_dialogs
from ui.calendar.texts import long_day, short_day
from ui.i18n import translate
from ui.icons import icon
from ui.incidents.incident_dialog import IncidentDialog, kind_word
from ui.widgets import unsaved
from ui.widgets.empty_state import EmptyOr, EmptyState
from ui.widgets.labels import note, scaled
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import flush, page_margins
from ui.widgets.rows_model import RowsModel, record_table

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


#: From this width (at the usual text size) the incident in full stands beside the list, not under it.
WIDE = 1500


class IncidentsModel(RowsModel[IncidentRow]):
    def __init__(self) -> None:
        super().__init__(
            [
                translate("Calendar", "Date"),
                translate("Calendar", "About"),
                translate("Calendar", "What happened"),
                translate("Calendar", "Reported by"),
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        r = self._rows[index.row()]
        return (
            short_day(r.day),
            ", ".join(p.title for p in r.provisions) or translate("Calendar", "(nothing ticked)"),
            r.what_happened.splitlines()[0] if r.what_happened else "",
            r.reported_by,
        )[index.column()]


class IncidentsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._live = False
        self.since = OptionalDateEdit(translate("Calendar", "From"))
        self.until = OptionalDateEdit(translate("Calendar", "To"))
        self.provision = QComboBox()
        self.provision.setAccessibleName(translate("Calendar", "Only incidents about"))
        self.provision.setMinimumWidth(220)
        self.words = QLineEdit()
        self.words.setAccessibleName(translate("Calendar", "Only incidents with these words"))
        self.words.setPlaceholderText(translate("Calendar", "Words to look for"))
        self.words.setClearButtonEnabled(True)
        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        for n, (text, widget) in enumerate(
            (
                (translate("Calendar", "&From:"), self.since),
                (translate("Calendar", "&To:"), self.until),
                (translate("Calendar", "&About:"), self.provision),
                (translate("Calendar", "&Words:"), self.words),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, n // 2, (n % 2) * 2)
            filters.addWidget(widget, n // 2, (n % 2) * 2 + 1)
        filters.setColumnStretch(3, 1)
        filter_box = QGroupBox(translate("Calendar", "Show only"))
        filter_box.setLayout(filters)

        self.model = IncidentsModel()
        self.table = record_table(self.model, translate("Calendar", "Incidents"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.details = QTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("Calendar", "The selected incident in full"))
        self.count = note()
        self.count.setAccessibleName(translate("Calendar", "How many incidents are shown"))
        self.empty = EmptyState(
            translate(
                "Calendar",
                "No incidents yet. Record one each time an accommodation or service is not given: the date, "
                "what happened and who told you. Dated notes made at the time carry weight.",
            ),
            translate("Calendar", "Record the &first incident…"),
        )
        self.empty.setObjectName("incidentsEmpty")
        self.add_button = QPushButton(translate("Calendar", "&Record an incident…"))
        self.add_button.setIcon(icon("plus"))
        self.add_button.setAccessibleName(translate("Calendar", "Record a new incident"))
        self.add_button.setDefault(True)
        self.edit_button = QPushButton(translate("Calendar", "&Change…"))
        self.edit_button.setIcon(icon("pencil"))
        self.edit_button.setAccessibleName(translate("Calendar", "Change the selected incident"))
        self.delete_button = QPushButton(translate("Calendar", "&Delete…"))
        self.delete_button.setIcon(icon("trash-2"))
        self.delete_button.setAccessibleName(translate("Calendar", "Delete the selected incident"))
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        self.header = PageHeader(
            translate("MainWindow", "Incidents"),
            translate(
                "Calendar", "Each time the IEP was not followed: when, what happened, and who told you."
            ),
            self.add_button,
        )

        #: The list above the incident in full; in a wide window, beside it (see resizeEvent).
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setChildrenCollapsible(False)
        split.setSizes([320, 180])
        listed = QWidget()
        list_layout = QVBoxLayout(listed)
        flush(list_layout)
        list_layout.addLayout(buttons)
        list_layout.addWidget(filter_box)
        list_layout.addWidget(split, 1)
        self.body = EmptyOr(listed, self.empty)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.words.textChanged.connect(lambda _t: self._debounce.start())
        self.since.changed.connect(self.refresh)
        self.until.changed.connect(self.refresh)
        self.provision.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button.clicked.connect(self.record)
        self.empty.action_clicked.connect(self.record)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.doubleClicked.connect(lambda _i: self._edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_selected)
        self._show_selected()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= scaled(self, WIDE)
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            self.split.setSizes([3, 2] if wide else [320, 180])

    # ---- life -------------------------------------------------------------------------------------
    def load(self) -> None:
        self._live = True
        blocked = self.provision.blockSignals(True)
        current = self.provision.currentData()
        self.provision.clear()
        self.provision.addItem(translate("Calendar", "Anything"), None)
        for name, ids in incidents.provision_filters():
            self.provision.addItem(name, ids)
        index = self.provision.findData(current) if current else 0
        self.provision.setCurrentIndex(max(0, index))
        self.provision.blockSignals(blocked)
        self.refresh()

    def clear(self) -> None:
        self._live = False
        self._debounce.stop()
        close_dialogs(self)
        self.model.set_rows([])
        self.provision.clear()
        self.words.clear()
        self.since.set_value(None)
        self.until.set_value(None)
        self.details.clear()
        self.count.clear()
        self.body.show_empty(False)

    def refresh(self, select_id: int | None = None) -> None:
        if not self._live:
            return
        rows = incidents.find(
            self.since.value(), self.until.value(), self.provision.currentData(), self.words.text()
        )
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        filtered = bool(
            self.since.value() or self.until.value() or self.provision.currentData() or self.words.text()
        )
        self.body.show_empty(not rows and not filtered)
        self.count.setText(
            translate("Calendar", "{n} shown (filtered)").format(n=len(rows))
            if filtered
            else translate("Calendar", "{n} in all").format(n=len(rows))
        )
        self._show_selected()

    # ---- the selected incident --------------------------------------------------------------------
    def selected(self) -> IncidentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            self.details.clear()
            return

        def para(text: str) -> str:
            return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"

        parts = [f"<h3>{html.escape(long_day(row.day))}</h3>"]
        about = [
            translate("Calendar", "{kind}: {title}").format(kind=kind_word(p.kind), title=p.title)
            for p in row.provisions
        ]
        for label, text in (
            (translate("Calendar", "About"), "\n".join(about)),
            (translate("Calendar", "What happened"), row.what_happened),
            (translate("Calendar", "Reported by"), row.reported_by),
            (translate("Calendar", "In the child's own words"), row.child_words),
            (translate("Calendar", "Evidence"), row.evidence),
        ):
            if text:
                parts.append(f"<p><b>{html.escape(label)}</b></p>" + para(text))
        self.details.setHtml("".join(parts))

    # ---- actions ----------------------------------------------------------------------------------
    def _ask(
        self,
        data: IncidentData | None,
        day: dt.date | None = None,
        incident_id: int | None = None,
        draft: Draft | None = None,
    ) -> IncidentData | None:
        dialog = IncidentDialog(incidents.provisions_on, incidents.reporter_suggestions(), data, day, self)
        dialog.incident_id = incident_id
        fields = draft.values.get("fields") if draft is not None else None
        if draft is not None and isinstance(fields, dict):
            dialog.restore_draft(fields, unsaved.restored_text(draft.saved_at))
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.value() if accepted and self._live else None
        finally:
            dialog.deleteLater()

    def record(self, day: dt.date | None = None) -> None:
        value = self._ask(None, day or dt.date.today())
        if value is None:
            return
        try:
            new_id = incidents.save(value)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not saved"), exc)
            return
        self.load()
        self.refresh(select_id=new_id)

    def _edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        value = self._ask(row.data(), incident_id=row.id)
        if value is None:
            return
        try:
            incidents.save(value, row.id)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not saved"), exc)
            return
        self.refresh(select_id=row.id)

    def resume_draft(self, draft: Draft) -> None:
        """Open the incident dialog again with what was typed before the case locked."""
        incident_id = draft.values.get("incident_id")
        rows = incidents.find(None, None, None, "") if isinstance(incident_id, int) else []
        row = next((r for r in rows if r.id == incident_id), None)
        value = self._ask(row.data() if row else None, None, row.id if row else None, draft)
        if not self._live:
            return  # locked again: the lock kept the draft anew
        try:
            form_drafts.clear(IncidentDialog.draft_form)  # saved or discarded now
        except Exception as exc:
            log.warning("draft not cleared: %s", type(exc).__name__)
        if value is None:
            return
        try:
            new_id = incidents.save(value, row.id if row else None)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not saved"), exc)
            return
        self.load()
        self.refresh(select_id=new_id)

    def _delete_selected(self) -> None:
        row = self.selected()
        if row is None or not messages.confirm(
            self,
            translate("Calendar", "Delete the incident"),
            translate("Calendar", "Delete the incident of {day}? This cannot be undone.").format(
                day=short_day(row.day)
            ),
            yes=translate("Calendar", "Delete"),
        ):
            return
        if self._live:
            incidents.delete(row.id)
            self.refresh()
