"""The create-case wizard. It hands the new, unlocked case to the controller when it closes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from ui import messages
from ui.create.context import CreateContext
from ui.create.kit_page import KitPage
from ui.create.pages import LocationPage, NamePage, PassphrasePage
from ui.shell.jobs import Created


class CreateCaseWizard(QWizard):
    #: The case was created; emitted once, when the wizard closes.
    case_created = Signal(object)
    #: The parent chose another language on the first page: (language, the child's name as typed).
    language_chosen = Signal(str, str)

    def __init__(self, context: CreateContext, parent: QWidget | None = None, child_name: str = "") -> None:
        super().__init__(parent)
        self._context = context
        self._handed_over = False
        self.setWindowTitle(self.tr("Create a new case"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 520)
        self.name_page = NamePage()
        self.name_page.name.setText(child_name)
        self.name_page.state.set_code(context.child_state)
        self.name_page.state.currentIndexChanged.connect(
            lambda: setattr(context, "child_state", self.name_page.child_state())
        )
        self.name_page.language_chosen.connect(
            lambda language: self.language_chosen.emit(language, self.name_page.name.text())
        )
        self.location_page = LocationPage(context, self.name_page)
        self.passphrase_page = PassphrasePage(context, self.name_page, self.location_page)
        self.kit_page = KitPage(context)
        for page in (self.name_page, self.location_page, self.passphrase_page, self.kit_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        context.start_calibration()

    @property
    def context(self) -> CreateContext:
        return self._context

    @property
    def created(self) -> Created | None:
        return self._context.created

    def accept(self) -> None:
        super().accept()
        self._hand_over()

    def reject(self) -> None:
        if self.passphrase_page.working:
            return  # the case is being created; closing now would leave it without a window
        if (
            self._context.created is not None
            and not self.kit_page.confirmed.isChecked()
            and not messages.confirm(
                self,
                self.tr("Close without the recovery kit?"),
                self.tr(
                    "The case has been created, but the recovery kit has not been saved or printed. "
                    "It cannot be shown again. Without it, a forgotten passphrase means the case "
                    "cannot be opened."
                ),
                yes=self.tr("Close without the kit"),
                no=self.tr("Go back to the kit"),
            )
        ):
            return
        super().reject()
        self._hand_over()

    def _hand_over(self) -> None:
        created = self._context.created
        self.kit_page.forget()
        if created is not None and not self._handed_over:
            self._handed_over = True
            self.case_created.emit(created)
