"""The dates a state's rule counts from, as rows of the child's form: shown only for a state whose
rule counts from one of them (Alaska: the district's written notice; Wisconsin: the school's refusal
or proposal; Hawaii and New Hampshire: a private placement). The core (iepdesk.states.clock_dates)
says which state needs which date, keeps them, and refuses a date after today.

A row hidden because another state is chosen keeps its date: changing the state never drops what
was typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from iepdesk.states.clock_dates import RECORDABLE, state_triggers
from iepdesk.states.codes import state_name
from ui.settings.state_field import hinted
from ui.widgets.optional_date import OptionalDateEdit


def labels() -> dict[str, tuple[str, str]]:
    """Each date's form label (with its mnemonic) and its accessible name."""
    return {
        "written_notice": (
            QCoreApplication.translate("StateDates", "District's written noti&ce:"),
            QCoreApplication.translate("StateDates", "Date of the district's written notice"),
        ),
        "refusal_or_proposal": (
            QCoreApplication.translate("StateDates", "Re&fusal or proposal:"),
            QCoreApplication.translate("StateDates", "Date of the school's refusal or proposal"),
        ),
        "first_day_of_attendance": (
            QCoreApplication.translate("StateDates", "First day at private sc&hool:"),
            QCoreApplication.translate("StateDates", "First day at the private school"),
        ),
        "placement": (
            QCoreApplication.translate("StateDates", "Private pla&cement:"),
            QCoreApplication.translate("StateDates", "Date of the private placement"),
        ),
    }


class ClockDateRow(QWidget):
    """One date with the line under it naming the rule that counts from it."""

    def __init__(self, trigger: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trigger = trigger
        self.field = OptionalDateEdit(accessible)
        inner, self.hint = hinted(self.field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inner)
        self.setFocusProxy(self.field)

    def show_rule(self, state: str, what: str, citation: str) -> None:
        text = QCoreApplication.translate(
            "StateDates",
            "{state} counts a limit from {what} ({citation}). Leave it empty if it has not happened.",
        )
        self.hint.setText(text.format(state=state_name(state), what=what, citation=citation))
        self.field.setAccessibleDescription(self.hint.text())


def needed_triggers(state: str) -> dict[str, tuple[str, str]]:
    """The dates ``state`` counts from: trigger -> (the rule's words for it, its citation)."""
    return {n.trigger: (n.words.now(), n.citation) for n in state_triggers(state)}


def values(rows: dict[str, ClockDateRow]) -> dict[str, dt.date | None]:
    return {trigger: rows[trigger].field.value() for trigger in RECORDABLE if trigger in rows}
