"""Add (or change) a data point of a goal: the date, the value as typed, its unit, how we know, who
measured it, a note, and the documents that show it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import DateTextError
from iepdesk.progress import points, values
from iepdesk.progress.points import PointData
from iepdesk.vault.library import DocumentRow
from ui.history.written_row import WrittenRow
from ui.i18n import translate
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.dialog_keys import main_action
from ui.widgets.form_rows import labelled_rows, save_cancel
from ui.widgets.labels import note, problem_label
from ui.widgets.unsaved import AsksBeforeClosing


class PointDialog(AsksBeforeClosing, QDialog):
    def __init__(
        self,
        goal_id: int,
        goal_title: str,
        goal_unit: str,
        people: Sequence[str],
        documents: Sequence[DocumentRow] = (),
        data: PointData | None = None,
        parent: QWidget | None = None,
        point_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._goal_id = goal_id
        self._linked = set(data.document_ids) if data else set()
        self.setWindowTitle(
            translate("Progress", "Change the data point")
            if data
            else translate("Progress", "Add a data point")
        )
        self.setMinimumWidth(560)
        about = note(translate("Progress", "Goal: {title}").format(title=goal_title))
        about.setWordWrap(True)
        self.date = DateField(translate("Progress", "Date measured"), data.day if data else dt.date.today())
        self.value = QLineEdit(data.value if data else "")
        self.value.setAccessibleName(translate("Progress", "Value"))
        self.value.setPlaceholderText(translate("Progress", "A number, for example 62.5"))
        self.value.setMaxLength(40)
        self.unit = QLineEdit(data.unit if data else goal_unit)
        self.unit.setAccessibleName(translate("Progress", "Unit"))
        self.unit.setPlaceholderText(translate("Progress", "For example: percent correct"))
        self.unit.setMaxLength(80)
        self.source = QComboBox()
        self.source.setAccessibleName(translate("Progress", "How we know"))
        for code in points.SOURCE_WORDS:
            self.source.addItem(points.source_words(code), code)
        self.source.setCurrentIndex(
            max(0, self.source.findData(data.source if data else "parent_observation"))
        )
        self.measured_by = QComboBox()
        self.measured_by.setEditable(True)
        self.measured_by.setAccessibleName(translate("Progress", "Who measured it"))
        self.measured_by.addItems([translate("Progress", "Me (parent)"), *people])
        self.measured_by.setCurrentIndex(-1)
        self.measured_by.setEditText(data.measured_by if data else "")
        edit = self.measured_by.lineEdit()
        if edit is not None:
            edit.setMaxLength(200)
            edit.setPlaceholderText(translate("Progress", "Choose or type a name (optional)"))
        self.note = QLineEdit(data.note if data else "")
        self.note.setAccessibleName(translate("Progress", "Note"))
        self.note.setPlaceholderText(translate("Progress", "Optional"))
        self.documents = QListWidget()
        self.documents.setAccessibleName(translate("Progress", "Documents that show it"))
        self.documents.setMaximumHeight(96)
        for doc in documents:
            item = QListWidgetItem(doc.title or doc.filename)
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if doc.id in self._linked else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        self.problem = problem_label(translate("Progress", "What is wrong"))

        form = QFormLayout()
        form.setVerticalSpacing(10)
        rows: list[tuple[str, QWidget]] = [
            (translate("Progress", "&Date:"), self.date),
            (translate("Progress", "&Value:"), self.value),
            (translate("Progress", "&Unit:"), self.unit),
            (translate("Progress", "&How we know:"), self.source),
            (translate("Progress", "&Who measured:"), self.measured_by),
            (translate("Progress", "&Note:"), self.note),
        ]
        if documents:
            rows.append((translate("Progress", "D&ocuments:"), self.documents))
        labelled_rows(form, rows)
        buttons, self.save_button = save_cancel(
            self, translate("Progress", "Save the data point"), self._accept
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(about)
        layout.addLayout(form)
        self.written = WrittenRow()  # "Written on …" for a saved data point, with its history (issue 18)
        self.written.set_record("data_point", point_id)
        layout.addWidget(self.written)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        main_action(self, self.save_button)
        self.value.textChanged.connect(self._check_value)
        self._check_value()
        self.date.setFocus()
        self.keep_snapshot()  # Cancel or Esc after typing asks Save / Discard / Cancel

    def _check_value(self) -> None:
        text = self.value.text()
        found = values.problem(text) if text.strip() else None
        self.save_button.setEnabled(bool(text.strip()) and found is None)
        if found:
            self.problem.setText(found)
            self.problem.show()
        else:
            self.problem.hide()

    def point(self) -> PointData:
        linked = [
            int(self.documents.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.documents.count())
            if self.documents.item(r).checkState() == Qt.CheckState.Checked
        ]
        return PointData(
            goal_id=self._goal_id,
            day=self.date.checked_value(),
            value=self.value.text().strip(),
            unit=self.unit.text().strip(),
            source=str(self.source.currentData()),
            measured_by=self.measured_by.currentText().strip(),
            note=self.note.text().strip(),
            document_ids=tuple(linked),
        )

    def _accept(self) -> None:
        try:
            require_readable(self.date)
        except DateTextError as exc:  # never saved on a day other than the one typed
            self.problem.setText(str(exc))
            self.problem.show()
            return
        found = points.problem(self.point())
        if found:
            self.problem.setText(found)
            self.problem.show()
            return
        self.accept()
