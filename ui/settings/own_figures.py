"""Your state's own figures: where the app has no rule for the child's state and a deadline, the parent
(or an advocate) records the state's figure: a number, its unit, and where they read it. The core
(iepdesk.states.own) keeps them, refuses a figure that does not fit, and uses each one as "your own
figure" in the deadlines. Where the app has a rule for the state, the row says so and is not editable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iepdesk.states.apply import has_rule
from iepdesk.states.codes import state_name
from iepdesk.states.own import TOPIC_UNITS, OwnFigure, own_figures, save_own_figures
from iepdesk.states.rules import rule_book
from ui import messages
from ui.i18n import translate
from ui.widgets.dialog_keys import main_action
from ui.widgets.form_rows import save_cancel
from ui.widgets.labels import note
from ui.widgets.unsaved import AsksBeforeClosing, Snapshot


def topic_words() -> dict[str, str]:
    return {
        "records_response": translate("OwnFigures", "Records after your request"),
        "before_meeting": translate("OwnFigures", "Documents before an IEP meeting"),
        "meeting_notice": translate("OwnFigures", "Notice of an IEP meeting"),
        "due_process": translate("OwnFigures", "Asking for a due process hearing"),
        "reimbursement_placement": translate("OwnFigures", "Reimbursement of a private placement"),
    }


def unit_words() -> dict[str, str]:
    return {
        "calendar_days": translate("OwnFigures", "calendar days"),
        "business_days": translate("OwnFigures", "business days"),
        "school_days": translate("OwnFigures", "school days"),
        "hours": translate("OwnFigures", "hours"),
        "months": translate("OwnFigures", "months"),
        "years": translate("OwnFigures", "years"),
    }


class _Row:
    """One deadline's figure: a number (0 = none), its unit and the notes."""

    def __init__(self, topic: str, figure: OwnFigure | None, words: str) -> None:
        self.topic = topic
        self.number = QSpinBox()
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(translate("OwnFigures", "None"))
        self.number.setAccessibleName(translate("OwnFigures", "{what}: the number").format(what=words))
        self.unit = QComboBox()
        self.unit.setAccessibleName(translate("OwnFigures", "{what}: the unit").format(what=words))
        names = unit_words()
        for code in TOPIC_UNITS[topic]:
            self.unit.addItem(names[code], code)
        self.notes = QLineEdit()
        self.notes.setMaxLength(300)
        self.notes.setAccessibleName(translate("OwnFigures", "{what}: where you read it").format(what=words))
        self.notes.setPlaceholderText(translate("OwnFigures", "The citation or where you read it"))
        if figure is not None:
            self.number.setValue(figure.number)
            self.unit.setCurrentIndex(max(0, self.unit.findData(figure.unit)))
            self.notes.setText(figure.notes)

    def figure(self) -> OwnFigure | None:
        if self.number.value() == 0:
            return None
        return OwnFigure(self.topic, self.number.value(), str(self.unit.currentData()), self.notes.text())


class OwnFiguresDialog(AsksBeforeClosing, QDialog):
    """The four deadlines a state can change, for ``state`` (a postal code, not ""); saves on Save."""

    def __init__(self, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OwnFigures", "Your state's own figures"))
        self.setMinimumWidth(760)
        self._state = state
        recorded = own_figures()
        words = topic_words()
        about = note(
            translate(
                "OwnFigures",
                "Where IEPDesk has no rule of its own for {state}, you can record your state's figure. "
                "It is used when it is earlier than the federal rule, and always shown as your own "
                "figure. Choose None to use the federal rule.",
            ).format(state=state_name(state))
        )
        about.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self.rows: dict[str, _Row] = {}
        fields: dict[str, QWidget | tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        for line, topic in enumerate(TOPIC_UNITS):
            label = QLabel(words[topic])
            grid.addWidget(label, line, 0)
            rule = rule_book().for_state(state, topic)
            if has_rule(state, topic):
                text = translate("OwnFigures", "IEPDesk has {state}'s rule: {rule} ({citation})").format(
                    state=state_name(state), rule=rule[0].changes.now(), citation=rule[0].citation
                )
                known = QLabel(text)
                known.setWordWrap(True)
                grid.addWidget(known, line, 1, 1, 3)
                continue
            row = _Row(topic, recorded.get(topic), words[topic])
            label.setBuddy(row.number)
            grid.addWidget(row.number, line, 1)
            grid.addWidget(row.unit, line, 2)
            grid.addWidget(row.notes, line, 3)
            self.rows[topic] = row
            fields.update(
                {f"{topic}.number": row.number, f"{topic}.unit": row.unit, f"{topic}.notes": row.notes}
            )
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(0, 0)
        buttons, self.save_button = save_cancel(
            self, translate("OwnFigures", "Save your state's figures"), self._accept
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        main_action(self, self.save_button)
        self.save_button.setEnabled(bool(self.rows))
        first = next(iter(self.rows.values()), None)
        if first is not None:
            first.number.setFocus()
        self.keep_snapshot(Snapshot(fields))  # Cancel or Esc after a change asks

    def _accept(self) -> None:
        try:
            save_own_figures({topic: row.figure() for topic, row in self.rows.items()})
        except Exception as exc:
            messages.show_error(self, translate("OwnFigures", "Not saved"), exc)
            return
        self.accept()
