"""What goes into the shared copy: the whole case, or a period, some services and chosen documents."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.share.choices import DocumentChoice, ServiceChoice
from ui.widgets.date_field import DateField
from ui.widgets.labels import note


def _checklist(name: str) -> QListWidget:
    box = QListWidget()
    box.setAccessibleName(name)
    box.setMinimumHeight(90)
    box.setMaximumHeight(180)
    return box


class PartsBox(QGroupBox):
    """The parts chosen; ``problem()`` says why they cannot be used yet."""

    def __init__(
        self, services: list[ServiceChoice], documents: list[DocumentChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("What goes in"), parent)
        self.whole = QRadioButton(self.tr("The &whole case"))
        self.whole.setAccessibleName(self.tr("Share the whole case"))
        self.some = QRadioButton(self.tr("&Only some parts"))
        self.some.setAccessibleName(self.tr("Share only some parts of the case"))
        self.whole.setChecked(True)
        self.period = QCheckBox(self.tr("Only records &dated from"))
        self.period.setAccessibleName(self.tr("Only records dated in a period"))
        self.date_from = DateField(self.tr("First day of the period"))
        self.date_to = DateField(self.tr("Last day of the period"))
        today = dt.date.today()
        self.date_from.set_value(today - dt.timedelta(days=90))
        self.date_to.set_value(today)
        self.services = _checklist(self.tr("Services to include"))
        for service in services:
            item = QListWidgetItem(service.title)
            item.setData(Qt.ItemDataRole.UserRole, service.ids)
            item.setCheckState(Qt.CheckState.Checked)
            self.services.addItem(item)
        self.documents = _checklist(self.tr("Documents to include"))
        for document in documents:
            when = document.doc_date.isoformat() if document.doc_date else ""
            item = QListWidgetItem(f"{document.title}  {when}".strip())
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.documents.addItem(item)

        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addWidget(self.date_from)
        to_label = QLabel(self.tr("to"))
        period_row.addWidget(to_label)
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)
        lists = QGridLayout()
        services_label = QLabel(self.tr("Se&rvices"))
        services_label.setBuddy(self.services)
        documents_label = QLabel(self.tr("Do&cuments"))
        documents_label.setBuddy(self.documents)
        lists.addWidget(services_label, 0, 0)
        lists.addWidget(documents_label, 0, 1)
        lists.addWidget(self.services, 1, 0)
        lists.addWidget(self.documents, 1, 1)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(22, 0, 0, 0)
        detail_layout.addLayout(period_row)
        detail_layout.addWidget(
            note(
                self.tr(
                    "The period applies to log entries, incidents, communications, progress data and sent "
                    "letters. The IEP, the calendar and the team always go in whole."
                )
            )
        )
        detail_layout.addLayout(lists)
        whole_row = QHBoxLayout()
        whole_row.addWidget(self.whole)
        whole_row.addWidget(self.some)
        whole_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(whole_row)
        layout.addWidget(self.detail)
        self.some.toggled.connect(self._enable)
        self.period.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.detail.setEnabled(self.some.isChecked())
        self.date_from.setEnabled(self.period.isChecked())
        self.date_to.setEnabled(self.period.isChecked())

    def _checked(self, box: QListWidget) -> list[object]:
        return [
            box.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(box.count())
            if box.item(row).checkState() == Qt.CheckState.Checked
        ]

    def chosen(self) -> tuple[dt.date | None, dt.date | None, frozenset[int] | None, frozenset[int] | None]:
        """(from, to, service ids, document ids); None where everything goes in."""
        if not self.some.isChecked():
            return None, None, None, None
        start = self.date_from.value() if self.period.isChecked() else None
        end = self.date_to.value() if self.period.isChecked() else None
        checked_services = self._checked(self.services)
        services = (
            None
            if len(checked_services) == self.services.count()
            else frozenset(i for ids in checked_services for i in ids)  # type: ignore[attr-defined]
        )
        checked_documents = self._checked(self.documents)
        documents = (
            None
            if len(checked_documents) == self.documents.count()
            else frozenset(int(i) for i in checked_documents)  # type: ignore[call-overload]
        )
        return start, end, services, documents

    def problem(self) -> str:
        if not (self.some.isChecked() and self.period.isChecked()):
            return ""
        for field in (self.date_from, self.date_to):
            if field.value() is None:
                return self.tr("Type both days of the period (for example 2026-01-31).")
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None and end is not None and start > end:
            return self.tr("The first day of the period is after the last day.")
        return ""
