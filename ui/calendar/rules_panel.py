"""The Counting rules tab: the few counting questions reasonable people disagree on, each with a plain
explanation and the default named (docs/counting-rules.md). Saved as soon as they change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from iepdesk import case_settings
from iepdesk.case_settings import CaseSettings
from iepdesk.schedule.reasons import BY_CODE
from ui import messages
from ui.calendar.texts import reasons
from ui.i18n import translate
from ui.widgets.columns import Columns
from ui.widgets.labels import heading, note
from ui.widgets.page_layout import readable_column, section


def _box(title: str, *widgets: QWidget) -> QGroupBox:
    box, layout = section(title)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _under(text: str) -> QWidget:
    """An explanation set in under its choice."""
    label = note(text)
    label.setContentsMargins(26, 0, 0, 4)
    return label


def _radio(text: str, explanation: str) -> QRadioButton:
    button = QRadioButton(text)
    button.setAccessibleDescription(explanation)
    return button


class RulesPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setAccessibleName(
            translate("Calendar", "Flag a service when less than this share was delivered")
        )
        self.threshold.setMaximumWidth(120)
        threshold_row = QHBoxLayout()
        label = QLabel(translate("Calendar", "&Flag a service under:"))
        label.setBuddy(self.threshold)
        threshold_row.addWidget(label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        holder = QWidget()
        holder.setLayout(threshold_row)
        threshold_row.setContentsMargins(0, 0, 0, 0)
        threshold = _box(
            translate("Calendar", "When to flag a service"),
            holder,
            note(
                translate(
                    "Calendar",
                    "The ledger flags ▼ a service when the minutes given (with make-ups) are under this "
                    "share of the recorded minutes that were owed. Default 85 %. It is your yardstick, "
                    "not a legal line: what matters legally is whether the shortfall was material.",
                )
            ),
        )

        self.min_days = _radio(
            translate(
                "Calendar", "The full amount, unless there are fewer school days than sessions (default)"
            ),
            translate(
                "Calendar",
                "A three-day week still owes a twice-weekly service in full; "
                "a one-day week owes one session.",
            ),
        )
        self.prorate = _radio(
            translate("Calendar", "In proportion to the school days"),
            translate(
                "Calendar",
                "Sessions × school days ÷ usual school days, rounded: twice a week over 3 of 5 days owes 1.",
            ),
        )
        partial = _box(
            translate("Calendar", "Short weeks and months (holidays, first week of school)"),
            self.min_days,
            _under(self.min_days.accessibleDescription()),
            self.prorate,
            _under(self.prorate.accessibleDescription()),
        )
        self.first_day = _radio(
            translate("Calendar", "The IEP in effect on the first school day of the week or month (default)"),
            translate("Calendar", "An amendment that starts on a Wednesday counts from the next week."),
        )
        self.newer = _radio(
            translate("Calendar", "The newer IEP for the whole week or month"),
            translate(
                "Calendar", "An amendment that starts on a Wednesday sets the amount for that whole week."
            ),
        )
        version = _box(
            translate("Calendar", "When the IEP changes in the middle of a week"),
            self.first_day,
            _under(self.first_day.accessibleDescription()),
            self.newer,
            _under(self.newer.accessibleDescription()),
        )
        for first, second in ((self.min_days, self.prorate), (self.first_day, self.newer)):
            group = QButtonGroup(self)
            group.addButton(first)
            group.addButton(second)

        self.excused: dict[str, QCheckBox] = {}
        boxes: list[QWidget] = [
            note(
                translate(
                    "Calendar",
                    "Missed minutes for these reasons are not owed by the school and are left out of the "
                    "delivery rate. Default: student absent and school closed. 'Student refused' is not "
                    "excused by default, because schools are expected to try again.",
                )
            )
        ]
        for value, text in reasons():
            box = QCheckBox(text)
            declared = BY_CODE.get(value)
            if declared is not None:  # where the default comes from (Letter to Balkman, …)
                box.setToolTip(declared.source_text())
                box.setAccessibleDescription(declared.source_text())
            self.excused[value] = box
            boxes.append(box)
        excused = _box(translate("Calendar", "Reasons that excuse a missed session"), *boxes)
        self.status = note()
        self.status.setAccessibleName(translate("Calendar", "Whether the rules were saved"))

        column = readable_column(self, 1700)
        column.addWidget(heading(translate("Calendar", "Counting rules"), 1.3))
        column.addWidget(
            note(
                translate(
                    "Calendar",
                    "How the ledger counts. Changes are saved at once and apply to every figure, "
                    "past and future.",
                )
            )
        )
        # The counting choices beside the excusing reasons in a wide window, one above the other when not.
        columns = Columns(1300)
        for widget in (threshold, partial, version):
            columns.left.addWidget(widget)
        columns.right.addWidget(excused)
        column.addWidget(columns)
        column.addWidget(self.status)
        column.addStretch(1)

        self.threshold.valueChanged.connect(lambda _v: self._save())
        for button in (self.min_days, self.prorate, self.first_day, self.newer, *self.excused.values()):
            button.toggled.connect(lambda _on: self._save())
        self.setEnabled(False)

    def load(self) -> None:
        self._loading = True
        rules = case_settings.load()
        self.threshold.setValue(rules.shortfall_threshold_pct)
        (self.prorate if rules.partial_slot_rule == "prorate" else self.min_days).setChecked(True)
        (self.newer if rules.version_change_rule == "newer" else self.first_day).setChecked(True)
        for value, box in self.excused.items():
            box.setChecked(value in rules.excused_reasons)
        self._loading = False
        self.status.clear()
        self.setEnabled(True)

    def clear(self) -> None:
        self.setEnabled(False)
        self.status.clear()

    def value(self) -> CaseSettings:
        return CaseSettings(
            shortfall_threshold_pct=self.threshold.value(),
            partial_slot_rule="prorate" if self.prorate.isChecked() else "min_days",
            version_change_rule="newer" if self.newer.isChecked() else "first_day",
            excused_reasons=tuple(value for value, box in self.excused.items() if box.isChecked()),
        )

    def _save(self) -> None:
        if self._loading or not self.isEnabled():
            return
        try:
            case_settings.save(self.value())
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not saved"), exc)
            return
        self.status.setText(translate("Calendar", "Saved. The ledger counts with these rules from now on."))
        self.changed.emit()
