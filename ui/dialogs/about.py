"""Help > About: the version, the licence, and the libraries IEPDesk ships (ui.dialogs.about_data)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.about_data import app_licence, app_version, bundled_libraries
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import heading, note


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About IEPDesk"))
        self.resize(560, 520)
        title = heading(self.tr("IEPDesk {version}").format(version=app_version()), 1.4)
        summary = note(
            self.tr(
                "A private, offline record of your child's IEP. Your case never leaves this "
                "computer unless you export it. IEPDesk is free software ({licence})."
            ).format(licence=app_licence())
        )
        built_with = QLabel(self.tr("Built with:"))
        rows = bundled_libraries()
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Libraries IEPDesk ships, with their licences"))
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        built_with.setBuddy(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        for widget in (title, summary, built_with, self.table, buttons):
            layout.addWidget(widget)
        main_action(self, buttons.button(QDialogButtonBox.StandardButton.Close))  # nothing to fill in
