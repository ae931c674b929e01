"""Settings: auto-lock, the theme and language, remembering on this computer, passphrase, backups.

The page only shows state and emits requests; ui.shell.case_actions does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from iepdesk.case_settings import MAX_GRACE_DAYS, CaseSettings
from iepdesk.i18n import LANGUAGES, language_in_words, language_name, system_language
from ui import messages
from ui.icons import icon
from ui.shell.case_page import CasePage
from ui.theme import apply_theme
from ui.widgets.columns import Columns
from ui.widgets.labels import note
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import readable_column, section


def _box(title: str, *rows: QWidget | QHBoxLayout | QFormLayout) -> QGroupBox:
    box, layout = section(title)
    for row in rows:
        if isinstance(row, QWidget):
            layout.addWidget(row)
        else:
            layout.addLayout(row)
    return box


#: The days to wait for a progress report before the case sets its own (the core's default).
DEFAULT_GRACE_DAYS = CaseSettings().progress_report_grace_days


def _one_row(text: str, field: QWidget) -> QFormLayout:
    """A form of one labelled field kept at its own width; the label's key moves to the field."""
    label = QLabel(text)
    label.setBuddy(field)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.addRow(label, field)
    return form


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class SettingsPage(CasePage):
    auto_lock_changed = Signal(int)
    #: "system", "light" or "dark", already in effect; the receiver keeps it for the next start.
    theme_changed = Signal(str)
    #: "" (as the system), "en" or "es": kept for the next start of the window.
    language_changed = Signal(str)
    remember_requested = Signal(bool)
    change_passphrase_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(self.tr("Lock the case after this many minutes without use"))
        self.auto_lock.setMinimumWidth(140)
        self.auto_lock.setMaximumWidth(200)
        lock_form = _one_row(self.tr("Loc&k after:"), self.auto_lock)
        locking = _box(
            self.tr("Locking"),
            lock_form,
            note(
                self.tr(
                    "When no one has used IEPDesk for this long, the case locks itself and the "
                    "passphrase is needed again. Ctrl+L locks it at once."
                )
            ),
        )

        self.theme = QComboBox()
        for value, text in (
            ("system", self.tr("As the system (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setAccessibleName(self.tr("Theme of the window"))
        theme_label = QLabel(self.tr("&Theme:"))
        theme_label.setBuddy(self.theme)
        theme_form = QFormLayout()
        theme_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        theme_form.addRow(theme_label, self.theme)
        self.language = QComboBox()
        # Each language is named in itself, so a reader finds their own whatever the window's language.
        system = language_in_words(system_language())
        self.language.addItem(self.tr("As the system ({name})").format(name=system), "")
        for value in LANGUAGES:
            self.language.addItem(language_name(value), value)
        self.language.setAccessibleName(self.tr("Language of the window"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        theme_form.addRow(language_label, self.language)
        self.language_note = note(
            self.tr(
                "The window changes language the next time IEPDesk opens. Letters and the binder can "
                "be made in English or Spanish at any time."
            )
        )
        looks = _box(
            self.tr("Look and language"),
            theme_form,
            note(self.tr("Letters and the binder always print black on white, whatever the theme.")),
            self.language_note,
        )

        self.remember_state = note()
        self.remember_state.setAccessibleName(self.tr("Whether this case is remembered here"))
        self.remember_button = QPushButton()
        self.remember_note = note(
            self.tr(
                "When the case is remembered, anyone who can log in to this computer account can open "
                "it without the passphrase. The passphrase and the recovery kit keep working."
            )
        )
        computer = _box(
            self.tr("This computer"), self.remember_state, _row(self.remember_button), self.remember_note
        )

        self.change_button = QPushButton(self.tr("&Change passphrase…"))
        self.change_button.setIcon(icon("key-round"))
        self.change_button.setAccessibleName(self.tr("Change the passphrase"))
        passphrase = _box(
            self.tr("Passphrase"),
            note(self.tr("Your recovery kit keeps working after a change.")),
            _row(self.change_button),
        )

        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.setIcon(icon("archive"))
        self.backup_button.setAccessibleName(self.tr("Back up the case now"))
        self.backup_button.setDefault(True)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setIcon(icon("archive-restore"))
        self.restore_button.setAccessibleName(self.tr("Restore a case from a backup"))
        backups = _box(
            self.tr("Backups"),
            note(
                self.tr(
                    "A backup is a locked copy of the whole case. Save it on a USB stick or another "
                    "drive; it opens with the same passphrase or recovery kit. Restoring never "
                    "replaces a file: it makes a new case from the backup and opens it."
                )
            ),
            _row(self.restore_button),  # backing up is the page's main action, in its header
        )

        # The case's own setting for progress reports (iepdesk.case_settings; saved as it changes).
        self.grace_days = QSpinBox()
        self.grace_days.setRange(0, MAX_GRACE_DAYS)
        self.grace_days.setValue(DEFAULT_GRACE_DAYS)
        self.grace_days.setSuffix(self.tr(" days"))
        self.grace_days.setAccessibleName(
            self.tr("Days to wait for a progress report after its expected date")
        )
        self.grace_days.setMinimumWidth(140)
        self.grace_days.setMaximumWidth(200)
        self.grace_days.setEnabled(False)  # until a case is open
        grace_form = _one_row(self.tr("&Wait:"), self.grace_days)
        progress_box = _box(
            self.tr("Progress reports"),
            grace_form,
            note(
                self.tr(
                    "Days to wait for a progress report after its expected date before the Progress "
                    "page and the Overview call it not received. Schools often send reports a little "
                    "late; 14 days is our default, not a rule."
                )
            ),
        )

        self.header = PageHeader(
            self.tr("Settings"),
            self.tr("How this case locks, whether this computer remembers it, its passphrase and backups."),
            self.backup_button,
        )
        # Two columns of boxes in a wide window, one in a narrow one; never one box across 1900 pixels.
        column = readable_column(self, 1560, margins=True)
        column.addWidget(self.header)
        columns = Columns(1100)
        for box in (locking, looks, computer):
            columns.left.addWidget(box)
        for box in (passphrase, backups, progress_box):
            columns.right.addWidget(box)
        column.addWidget(columns)
        column.addStretch(1)

        self._remembered = False
        self.auto_lock.valueChanged.connect(self.auto_lock_changed)
        self.grace_days.valueChanged.connect(self._grace_changed)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.language.currentIndexChanged.connect(
            lambda: self.language_changed.emit(str(self.language.currentData()))
        )
        self.remember_button.clicked.connect(lambda: self.remember_requested.emit(not self._remembered))
        self.change_button.clicked.connect(self.change_passphrase_requested)
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self.restore_requested)

    def set_auto_lock(self, minutes: int) -> None:
        blocked = self.auto_lock.blockSignals(True)
        self.auto_lock.setValue(minutes)
        self.auto_lock.blockSignals(blocked)

    def set_theme(self, choice: str) -> None:
        blocked = self.theme.blockSignals(True)
        self.theme.setCurrentIndex(max(0, self.theme.findData(choice)))
        self.theme.blockSignals(blocked)

    def set_language(self, choice: str) -> None:
        blocked = self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(choice)))
        self.language.blockSignals(blocked)

    def _theme_chosen(self) -> None:
        choice = str(self.theme.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
        self.theme_changed.emit(choice)

    def set_remember_state(self, usable: bool, remembered: bool, reason: str) -> None:
        self._remembered = remembered
        self.remember_button.setVisible(usable)
        self.remember_note.setVisible(usable)
        if not usable:
            self.remember_state.setText(reason)
        elif remembered:
            self.remember_state.setText(
                self.tr("This case is remembered on this computer: it opens without the passphrase.")
            )
            self.remember_button.setText(self.tr("F&orget on this computer"))
        else:
            self.remember_state.setText(self.tr("This case asks for the passphrase every time it opens."))
            self.remember_button.setText(self.tr("R&emember on this computer"))
        self.remember_button.setAccessibleName(self.remember_button.text().replace("&", ""))

    # ---- the case's setting ---------------------------------------------------------------------
    def load(self) -> None:
        from iepdesk import case_settings

        blocked = self.grace_days.blockSignals(True)
        self.grace_days.setValue(case_settings.load().progress_report_grace_days)
        self.grace_days.blockSignals(blocked)
        self.grace_days.setEnabled(True)

    def clear(self) -> None:
        blocked = self.grace_days.blockSignals(True)
        self.grace_days.setValue(DEFAULT_GRACE_DAYS)
        self.grace_days.blockSignals(blocked)
        self.grace_days.setEnabled(False)

    def _grace_changed(self, days: int) -> None:
        import dataclasses

        from iepdesk import case_settings

        if not self.grace_days.isEnabled():
            return
        try:
            case_settings.save(dataclasses.replace(case_settings.load(), progress_report_grace_days=days))
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)
