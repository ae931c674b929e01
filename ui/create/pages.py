"""The first three pages of the create-case wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from iepdesk import profile
from iepdesk.casefile import SUGGESTED_SUFFIX, CasePaths
from iepdesk.i18n import LANGUAGES, language_name
from iepdesk.i18n import current as current_language
from iepdesk.paths import default_case_dir
from ui import messages
from ui.create.context import CreateContext
from ui.settings.state_field import StateCombo, with_hint
from ui.shell.jobs import Created, create_case
from ui.widgets.labels import note
from ui.widgets.passphrase import NewPassphraseFields


class NamePage(QWizardPage):
    #: Another language was chosen (the wizard is made again in it).
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your child"))
        self.setSubTitle(self.tr("Each case is about one child. You can add more details later."))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Child's name"))
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.name.setMaxLength(200)
        label = QLabel(self.tr("Child's &name:"))
        label.setBuddy(self.name)
        form = QFormLayout()
        form.addRow(label, self.name)
        self.state = StateCombo()
        state_label = QLabel(self.tr("Stat&e:"))
        state_label.setBuddy(self.state)
        state_row, _hint = with_hint(self.state)
        form.addRow(state_label, state_row)
        # Each language named in itself, so a parent finds their own whatever the window's language.
        self.language = QComboBox()
        for value in LANGUAGES:
            self.language.addItem(language_name(value), value)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setAccessibleName(self.tr("Language of IEPDesk on this computer"))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        language_label = QLabel(self.tr("&Language / Idioma:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.language.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(str(self.language.currentData()))
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(note(self.tr("The name is kept inside the locked case file, not anywhere else.")))
        layout.addStretch(1)
        self.registerField("childName*", self.name)

    def child_name(self) -> str:
        return self.name.text().strip()

    def child_state(self) -> str:
        """The chosen state's postal code, "" for not set."""
        return self.state.code()

    def isComplete(self) -> bool:
        return bool(self.child_name())


def suggested_case_path(child_name: str, folder: Path | None = None) -> Path:
    """``<first name>.iepcase`` in the documents folder, numbered if that name is taken."""
    folder = folder or default_case_dir()
    if not folder.is_dir():
        folder = Path.home()
    first = (child_name.split() or ["Case"])[0]
    stem = "".join(c for c in first if c.isalnum() or c in "-_") or "Case"
    candidate = folder / f"{stem}{SUGGESTED_SUFFIX}"
    number = 2
    while CasePaths.of(candidate).any_exists():
        candidate = folder / f"{stem} {number}{SUGGESTED_SUFFIX}"
        number += 1
    return candidate


class LocationPage(QWizardPage):
    def __init__(self, context: CreateContext, name_page: NamePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._name_page = name_page
        self._path: Path | None = None
        self.setTitle(self.tr("Where to keep the case"))
        self.setSubTitle(self.tr("The case is one file on this computer, with a small key file beside it."))
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setAccessibleName(self.tr("Where the case will be saved"))
        self.change_button = QPushButton(self.tr("C&hange…"))
        self.change_button.setAccessibleName(self.tr("Choose another place to save the case"))
        label = QLabel(self.tr("&Save as:"))
        label.setBuddy(self.path_field)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.change_button)
        form = QFormLayout()
        form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(
            note(
                self.tr(
                    "Keep both files together when you move or copy the case. Backing up regularly "
                    "(Settings → Back up now) protects the record if this computer is lost."
                )
            )
        )
        layout.addStretch(1)
        self.change_button.clicked.connect(self._choose)

    def path(self) -> Path | None:
        return self._path

    def initializePage(self) -> None:
        folder = self._path.parent if self._path else None
        self._set_path(suggested_case_path(self._name_page.child_name(), folder))

    def _set_path(self, path: Path) -> None:
        self._path = path
        self.path_field.setText(str(path))
        self.completeChanged.emit()

    def _choose(self) -> None:
        start = self._path or suggested_case_path(self._name_page.child_name())
        chosen = self._context.files.new_case_path(self, start)
        if chosen is not None:
            self._set_path(chosen)
            self.validatePage()

    def isComplete(self) -> bool:
        return self._path is not None

    def validatePage(self) -> bool:
        path = self._path
        if path is None:
            return False
        if CasePaths.of(path).any_exists():
            messages.show_error(
                self,
                self.tr("Choose another name"),
                self.tr(
                    "A file named {name} is already there. IEPDesk never replaces a file; "
                    "choose another name."
                ).format(name=path.name),
            )
            return False
        if not path.parent.is_dir():
            messages.show_error(
                self,
                self.tr("Choose another place"),
                self.tr("The folder {folder} does not exist.").format(folder=path.parent),
            )
            return False
        return True


class PassphrasePage(QWizardPage):
    """Choose the passphrase; "Create case" here makes the case (off the GUI thread)."""

    def __init__(
        self,
        context: CreateContext,
        name_page: NamePage,
        location: LocationPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._name_page = name_page
        self._location = location
        self._working = False
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase locks the case. Nobody can open it without the passphrase "
                "or the recovery kit, not even IEPDesk's makers."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create case"))
        self.fields = NewPassphraseFields(self)
        self.remember = QCheckBox(self.tr("&Remember on this computer"))
        self.remember.setAccessibleName(self.tr("Remember the case on this computer"))
        self.remember_note = note(
            self.tr(
                "Then anyone who can log in to this computer account can open the case without the "
                "passphrase. Leave this off on a shared computer."
            )
        )
        self.working_note = note(self.tr("Creating the case… this takes a moment."))
        self.working_note.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Creating the case"))
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.fields)
        layout.addSpacing(6)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addStretch(1)
        layout.addWidget(self.working_note)
        layout.addWidget(self.busy)
        usable = context.keyring.usable
        self.remember.setVisible(usable)
        self.remember_note.setVisible(usable)
        self.fields.changed.connect(self.completeChanged)

    @property
    def working(self) -> bool:
        return self._working

    def initializePage(self) -> None:
        name = self._name_page.child_name()
        self.fields.set_hints([*name.split(), "iepdesk", "iep"])
        self.fields.first.setFocus()

    def isComplete(self) -> bool:
        return not self._working and self.fields.is_acceptable()

    def validatePage(self) -> bool:
        if self._context.created is not None:
            return True
        if self._working or not self.fields.is_acceptable():
            return False
        strength = self.fields.strength()
        if strength.weak and not messages.confirm(
            self,
            self.tr("A weak passphrase"),
            self.tr(
                "This passphrase would be easy to guess ({advice}). Anyone who gets the file could "
                "try guesses. Use it anyway?"
            ).format(advice=strength.advice or strength.label),
            yes=self.tr("Use it anyway"),
            no=self.tr("Choose another"),
        ):
            return False
        self._start()
        return False

    def _start(self) -> None:
        path = self._location.path()
        assert path is not None
        name = self._name_page.child_name()
        passphrase = self.fields.passphrase()
        remember_here = self.remember.isVisible() and self.remember.isChecked()
        context = self._context
        self._set_working(True)
        context.tasks.run(
            lambda _r: create_case(path, name, passphrase, context.chosen_params(), remember_here),
            on_done=self._created,
            on_error=self._failed,
        )

    def _set_working(self, on: bool) -> None:
        self._working = on
        self.fields.setEnabled(not on)
        self.remember.setEnabled(not on)
        self.working_note.setVisible(on)
        self.busy.setVisible(on)
        wizard = self.wizard()
        if wizard is not None:
            if on:
                wizard.setCursor(Qt.CursorShape.BusyCursor)
            else:
                wizard.unsetCursor()
        self.completeChanged.emit()

    def _created(self, created: Created) -> None:
        self._context.created = created
        try:  # on this thread, as the window's pages read the case (the worker released its connection)
            profile.save_state(self._name_page.child_state())
        except Exception as exc:  # the case is made; the state can be chosen on Child & team
            messages.show_error(self, self.tr("The state was not saved"), exc)
        self.fields.clear()
        self._set_working(False)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        messages.show_error(self, self.tr("The case was not created"), exc)
