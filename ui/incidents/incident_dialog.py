"""Record (or change) an incident: the date, which provisions, what happened, who said so, the child's
own words, and the evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iepdesk import incidents
from iepdesk.dates import DateTextError
from iepdesk.incidents import IncidentData, ProvisionChoice
from ui.history.written_row import WrittenRow
from ui.i18n import translate
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.dialog_keys import main_action
from ui.widgets.form_rows import labelled_rows, save_cancel
from ui.widgets.labels import note, problem_label
from ui.widgets.unsaved import AsksBeforeClosing


def kind_word(kind: str) -> str:
    return {
        "accommodation": translate("Calendar", "Accommodation"),
        "modification": translate("Calendar", "Modification"),
        "supplementary_aid": translate("Calendar", "Supplementary aid"),
        "service": translate("Calendar", "Service"),
    }.get(kind, kind)


def _text_box(accessible: str, placeholder: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class IncidentDialog(AsksBeforeClosing, QDialog):
    #: Kept in the case's draft store when the case locks with this dialog open (see ui.widgets.unsaved).
    draft_form = "incident"

    def __init__(
        self,
        provisions_on: Callable[[dt.date], list[ProvisionChoice]],
        reporters: list[str],
        data: IncidentData | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._provisions_on = provisions_on
        self._checked: set[int] = set(data.provision_ids) if data else set()
        self.setWindowTitle(
            translate("Calendar", "Change the incident")
            if data
            else translate("Calendar", "Record an incident")
        )
        self.setMinimumWidth(600)
        # Today is taken when the dialog opens (New), never when the page was built.
        self.date = DateField(
            translate("Calendar", "Date of the incident"), data.day if data else day or dt.date.today()
        )
        self.provisions = QListWidget()
        self.provisions.setAccessibleName(translate("Calendar", "What the IEP says that was not followed"))
        self.provisions.setMinimumHeight(130)
        self.no_iep = note(
            translate("Calendar", "No IEP is in effect on this date, so there is nothing to tick.")
        )
        self.what = _text_box(
            translate("Calendar", "What happened"),
            translate(
                "Calendar",
                "Facts only: what the IEP says, and what happened instead. "
                "For example: no extended time on the math test.",
            ),
            90,
        )
        self.reported_by = QComboBox()
        self.reported_by.setEditable(True)
        self.reported_by.setAccessibleName(translate("Calendar", "Who reported it"))
        self.reported_by.addItems(
            [translate("Calendar", "My child"), translate("Calendar", "Me (parent)"), *reporters]
        )
        self.reported_by.setCurrentIndex(-1)
        edit = self.reported_by.lineEdit()
        if edit is not None:
            edit.setMaxLength(200)
            edit.setPlaceholderText(translate("Calendar", "Choose or type a name"))
        self.child_words = _text_box(
            translate("Calendar", "The child's own words"),
            translate("Calendar", "Exactly as your child said it, if they did (optional)"),
            60,
        )
        self.evidence = _text_box(
            translate("Calendar", "Evidence"),
            translate("Calendar", "For example: photo of the test, email from the teacher on 3/4 (optional)"),
            60,
        )
        self.problem = problem_label(translate("Calendar", "What is missing"))

        form = self.form = QFormLayout()
        form.setVerticalSpacing(10)
        labelled_rows(
            form,
            (
                (translate("Calendar", "&Date:"), self.date),
                (translate("Calendar", "&About:"), self.provisions),
                ("", self.no_iep),
                (translate("Calendar", "&What happened:"), self.what),
                (translate("Calendar", "&Reported by:"), self.reported_by),
                (translate("Calendar", "The child's &own words:"), self.child_words),
                (translate("Calendar", "&Evidence:"), self.evidence),
            ),
        )
        buttons, self.save_button = save_cancel(
            self, translate("Calendar", "Save the incident"), self._accept
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addLayout(form)
        self.written = WrittenRow()  # "Written on …" for a saved incident, with its history (issue 18)
        layout.addWidget(self.written)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        main_action(self, self.save_button)  # in the text boxes Enter is a new line; Ctrl+Enter saves

        if data is not None:
            self.what.setPlainText(data.what_happened)
            self.reported_by.setEditText(data.reported_by)
            self.child_words.setPlainText(data.child_words)
            self.evidence.setPlainText(data.evidence)
        self.date.committed.connect(self._load_provisions)
        self.provisions.itemChanged.connect(self._item_changed)
        self._load_provisions()
        self.date.setFocus()
        self.keep_snapshot()  # Cancel or Esc after typing asks Save / Discard / Cancel
        #: The incident being changed (None: a new one), so a draft goes back to the same incident.
        self.incident_id = None

    @property
    def incident_id(self) -> int | None:
        return self._incident_id

    @incident_id.setter
    def incident_id(self, value: int | None) -> None:
        self._incident_id = value
        self.written.set_record("incident", value)

    def draft_values(self) -> dict[str, Any] | None:
        if self._unsaved is None or not self.has_unsaved_changes():
            return None
        return {"incident_id": self.incident_id, "fields": self._unsaved.values()}

    def restore_draft(self, fields: dict[str, Any], mark: str) -> None:
        """Fill in what was typed before the case locked, marked; it stays unsaved until Save."""
        if self._unsaved is None:
            return
        self._unsaved.apply(fields, ["date"])
        self._load_provisions()  # the IEP items of the draft's day
        self._unsaved.apply(fields, [name for name in fields if name != "date"])
        self.problem.setText(mark)
        self.problem.show()

    def _load_provisions(self) -> None:
        blocked = self.provisions.blockSignals(True)
        self.provisions.clear()
        day = self.date.value()
        for choice in self._provisions_on(day) if day is not None else []:
            item = QListWidgetItem(
                translate("Calendar", "{kind}: {title}").format(
                    kind=kind_word(choice.kind), title=choice.title
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.id in self._checked else Qt.CheckState.Unchecked
            )
            self.provisions.addItem(item)
        self.provisions.blockSignals(blocked)
        empty = self.provisions.count() == 0
        self.form.setRowVisible(self.provisions, not empty)
        self.form.setRowVisible(self.no_iep, empty)

    def _item_changed(self, item: QListWidgetItem) -> None:
        pid = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(pid)
        else:
            self._checked.discard(pid)

    def value(self) -> IncidentData:
        shown = {
            int(self.provisions.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.provisions.count())
        }
        return IncidentData(
            day=self.date.checked_value(),
            provision_ids=[pid for pid in self._checked if pid in shown],
            what_happened=self.what.toPlainText().strip(),
            reported_by=self.reported_by.currentText().strip(),
            child_words=self.child_words.toPlainText().strip(),
            evidence=self.evidence.toPlainText().strip(),
        )

    def _accept(self) -> None:
        try:
            require_readable(self.date)
        except DateTextError as exc:  # never saved on a day other than the one typed
            self.problem.setText(str(exc))
            self.problem.show()
            return
        if incidents.problem(self.value()) == incidents.NO_WHAT_HAPPENED:  # the core's one check
            self.problem.setText(translate("Calendar", "Say in a few words what happened."))
            self.problem.show()
            self.what.setFocus()
            return
        self.accept()
