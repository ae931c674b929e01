"""The window that imports the school's own service log: it reads the file (a busy bar, Cancel), then
four steps — Columns, Services, The school's words, Check and import — with Back and Next.

Every choice asks for a new plan (off the GUI thread, through ImportController); nothing is written
until Import on the last step. Enter is Next (Import on the last step), Esc is Cancel; leaving with
choices made asks first, and Save there goes to the check step, never imports unseen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iepdesk.logimport.apply import ImportResult
from iepdesk.logimport.plan import ImportPlan, PlannedRow
from iepdesk.logimport.table import Table
from ui.calendar.import_check_step import CheckStep, first_day
from ui.calendar.import_steps import ColumnsStep, ServicesStep, WordsStep
from ui.widgets.dialog_keys import main_action, never_default
from ui.widgets.labels import heading, note
from ui.widgets.unsaved import AsksBeforeClosing, Snapshot

if TYPE_CHECKING:
    from ui.calendar.import_ctl import ImportController

READING, COLUMNS, SERVICES, WORDS, CHECK = range(5)


class ImportDialog(AsksBeforeClosing, QDialog):
    """After exec(): ``result_of_import`` (None unless Import ran) and ``first_day()``."""

    def __init__(
        self,
        ctl: ImportController,
        path: Path,
        services: list[tuple[int, str]],
        default_service: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.path = path
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.result_of_import: ImportResult | None = None
        self._planning = False
        self._importing = False
        self._failed = False
        self._step = READING
        self._leave_out: frozenset[int] = frozenset()
        self.setWindowTitle(self.tr("Import the school's log"))
        self.setAccessibleName(self.tr("Import the school's log"))
        self.resize(920, 640)
        self.setMinimumSize(640, 480)

        self.title = heading(self.tr("The school's log: {name}").format(name=path.name), 1.2)
        self.title.setAccessibleName(self.tr("The file being imported"))
        self.step_label = heading("", 1.0)
        self.step_label.setAccessibleName(self.tr("The step you are on"))
        self.busy_text = note(self.tr("Reading {name}…").format(name=path.name))
        self.busy_text.setAccessibleName(self.tr("What IEPDesk is doing"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Working, please wait"))
        self.busy_bar.setTextVisible(False)
        self.busy_hint = note(
            self.tr(
                "A long file can take a moment. Cancel stops it; nothing is added to the case until Import."
            )
        )
        self.columns = ColumnsStep()
        self.services = ServicesStep(services, default_service)
        self.words = WordsStep()
        self.check = CheckStep(services)
        self.planning_note = note(self.tr("Working out the rows again…"))
        self.planning_note.setAccessibleName(self.tr("Working out the rows again"))
        self.planning_note.hide()

        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 12, 0, 0)
        column.addWidget(self.busy_text)
        column.addWidget(self.busy_bar)
        column.addWidget(self.busy_hint)
        column.addStretch(1)
        self.pages = QStackedWidget()
        for page in (reading, self.columns, self.services, self.words, self.check):
            self.pages.addWidget(page)

        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the step before"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Go on to the next step (Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without importing (Esc)"))
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button = self.next_button  # what Save in the unsaved question leads to (see save_unsaved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.planning_note)
        layout.addWidget(self.buttons)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        self.columns.changed.connect(self._replan)
        self.services.changed.connect(self._replan)
        self.words.changed.connect(self._replan)
        self.check.leave_problems.toggled.connect(self._leave_problems)
        never_default(self.back_button, self.cancel_button)
        main_action(self, self.next_button)
        self._show_step(READING)

    # ---- from the controller ----------------------------------------------------------------------
    def file_read(self, value: tuple[Table, ImportPlan]) -> None:
        self.table, plan = value
        if not self.table.rows:
            self._fail(self.tr("The file has no rows under its column names."))
            return
        self.columns.set_table(self.table)
        self._show_plan(plan)
        self.keep_snapshot(Snapshot({"choices": (self.choices, lambda _value: None)}))
        self._show_step(COLUMNS)

    def file_not_read(self, exc: BaseException) -> None:
        self._fail(self.ctl.message_of(exc))

    def planned(self, plan: ImportPlan) -> None:
        self._planning = False
        self.planning_note.hide()
        self._show_plan(plan)
        self._update_buttons()
        if self.check.leave_problems.isChecked() and plan.problems:  # new problems: left out as well
            self._leave_out |= {r.row_number for r in plan.problems}
            self._replan()

    def _leave_problems(self, on: bool) -> None:
        plan = self.plan
        self._leave_out = frozenset(r.row_number for r in plan.problems) if on and plan else frozenset()
        self._replan()

    def plan_failed(self, exc: BaseException) -> None:
        self._planning = False
        self.planning_note.setText(
            self.tr("The rows could not be worked out: {why}").format(why=self.ctl.message_of(exc))
        )
        self._update_buttons()

    def import_done(self, result: ImportResult) -> None:
        self._importing = False
        self.result_of_import = result
        self.accept()

    def import_failed(self, exc: BaseException) -> None:
        self._importing = False
        self.busy_bar.hide()
        self._show_step(CHECK)
        self.check.blocked.setText(
            self.tr("Nothing was imported: {why}").format(why=self.ctl.message_of(exc))
        )
        self.check.blocked.show()

    # ---- choices ----------------------------------------------------------------------------------
    def choices(self) -> dict[str, Any]:
        """The parent's choices as they stand, for the plan (and, compared, for 'unsaved')."""
        mapping = self.columns.mapping()
        named = "service" in mapping
        return {
            "mapping": mapping,
            "service_id": None if named else self.services.service_id(),
            "services": self.services.picks() if named else {},
            "words": self.words.picks(),
            "date_order": self.columns.order(),
            "leave_out": sorted(self._leave_out),
        }

    def _replan(self) -> None:
        if self.table is None:
            return
        self._planning = True
        self.planning_note.setText(self.tr("Working out the rows again…"))
        self.planning_note.show()
        self._update_buttons()
        self.ctl.plan(self, self.table, self.choices())

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.columns.show_plan(plan)
        self.services.show_plan(plan)
        self.words.show_plan(plan)
        self.check.show_plan(plan, self.adding(), self.blocked())

    def adding(self) -> tuple[PlannedRow, ...]:
        """The rows Import would add."""
        plan = self.plan
        if plan is None:
            return ()
        return plan.new_rows  # a row waiting on a word is among them (missed, reason not known, if accepted)

    def blocked(self) -> str:
        """What still stands in the way of Import, in words ("" when it can run)."""
        plan = self.plan
        if plan is None or self._planning:
            return self.tr("Working out the rows…")
        missing = plan.missing_fields
        if "date" in missing:
            return self.tr("Go back to step 1 and say which column holds the date.")
        if "status" in missing:
            return self.tr("Go back to step 1 and say which column holds what happened, or the minutes.")
        if "service" in plan.mapping.columns:
            if plan.unmapped_services:
                return self.tr("Go back to step 2 and choose the IEP service for: {names}.").format(
                    names=", ".join(
                        f"“{s}”" if s else self.tr("(no service written)") for s in plan.unmapped_services
                    )
                )
        elif self.services.service_id() is None:
            return self.tr("Go back to step 2 and choose the service the file is for.")
        if plan.unmapped_words and not self.words.accept_unknown.isChecked():
            return self.tr("Go back to step 3 and choose what these words mean: {words}.").format(
                words=", ".join(f"“{w}”" if w else self.tr("(nothing written)") for w in plan.unmapped_words)
            )
        if plan.problems:
            return self.tr(
                "Some rows cannot be imported as they are. Go back to step 1 to put the columns right, "
                "or leave those rows out."
            )
        return ""

    def can_import(self) -> bool:
        return not self.blocked() and not self._importing

    def first_day(self) -> dt.date | None:
        return first_day(self.adding())

    # ---- steps ------------------------------------------------------------------------------------
    def go_next(self) -> None:
        if self._failed:
            self.reject()
        elif self._step == CHECK:
            self.start_import()
        elif COLUMNS <= self._step < CHECK and not self._planning:
            self._show_step(self._step + 1)

    def go_back(self) -> None:
        if self._step > COLUMNS and not self._importing:
            self._show_step(self._step - 1)

    def start_import(self) -> None:
        if not self.can_import() or self.plan is None:
            return
        self._importing = True
        self.busy_text.setText(self.tr("Importing… all of it is written, or nothing."))
        self.busy_hint.hide()
        self.busy_bar.show()
        self._show_step(READING)
        self.ctl.apply(self, self.plan, self.path, self.words.accept_unknown.isChecked())

    def _show_step(self, step: int) -> None:
        self._step = step
        self.pages.setCurrentIndex(step)
        names = {
            COLUMNS: self.tr("Step 1 of 4: Columns"),
            SERVICES: self.tr("Step 2 of 4: Services"),
            WORDS: self.tr("Step 3 of 4: The school's words"),
            CHECK: self.tr("Step 4 of 4: Check and import"),
        }
        self.step_label.setText(names.get(step, ""))
        self.step_label.setVisible(step in names)
        if self.plan is not None and step == CHECK:
            self.check.show_plan(self.plan, self.adding(), self.blocked())
        self._update_buttons()
        focus = {
            COLUMNS: self.columns.combos[0] if self.columns.combos else self.next_button,
            SERVICES: self.services.first_field(),
            WORDS: self.words.first_field(),
            CHECK: self.next_button,
        }.get(step)
        if focus is not None:
            focus.setFocus()

    def _update_buttons(self) -> None:
        step = self._step
        working = step == READING and not self._failed
        self.back_button.setVisible(not self._failed)
        self.back_button.setEnabled(step > COLUMNS and not self._importing)
        self.next_button.setVisible(not self._failed)
        self.cancel_button.setText(self.tr("Close") if self._failed else self.tr("Cancel"))
        self.cancel_button.setEnabled(not self._importing)
        if step == CHECK:
            n = len(self.adding())
            self.next_button.setText(self.tr("&Import %n session(s)", "", n) if n else self.tr("&Import"))
            self.next_button.setAccessibleName(self.tr("Import the sessions into the case (Enter)"))
            self.next_button.setEnabled(self.can_import() and not self._planning)
            if self.plan is not None:
                self.check.show_plan(self.plan, self.adding(), self.blocked())
        else:
            self.next_button.setText(self.tr("&Next"))
            self.next_button.setAccessibleName(self.tr("Go on to the next step (Enter)"))
            self.next_button.setEnabled(not working and not self._planning)
        (self.cancel_button if self._failed else self.next_button).setDefault(True)

    def _fail(self, why: str) -> None:
        self._failed = True
        self.busy_bar.hide()
        self.busy_hint.hide()
        self.title.setText(self.tr("The file could not be read"))
        self.busy_text.setText(self.tr("{why}\n\nNothing was added to the case.").format(why=why))
        self._show_step(READING)
        self.cancel_button.setFocus()

    # ---- leaving ----------------------------------------------------------------------------------
    def save_unsaved(self) -> bool:
        """Save, from the question: the check step is shown (the dialog stays); Import is pressed only
        there, when the parent has seen what it adds."""
        if self._step != CHECK:
            self._show_step(CHECK)
            return False
        if self.can_import():
            self.start_import()
        return False  # the import runs in the background; the window closes when it is done

    def reject(self) -> None:
        if self._importing:
            return  # the import is one transaction: it finishes (or fails) first
        if self._failed or self.table is None:
            QDialog.reject(self)  # nothing was chosen: reading is abandoned, nothing was written
            return
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self._importing:
            event.accept()
            return
        super().keyPressEvent(event)
