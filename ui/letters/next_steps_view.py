"""Next steps: the usual path, one step at a time, with what the case already shows marked as done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from iepdesk.deadlines import STATE_MAY_DIFFER
from ui.letters import next_steps_ctl as ctl
from ui.letters.letters_ctl import day_text
from ui.letters.widgets import hint
from ui.widgets.labels import note, scaled


class Step(QFrame):
    """One step: a number, a title, a line on what it means, and what the case shows."""

    def __init__(self, number: int, title: str, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = title
        self.mark = QLabel()
        self.mark.setMinimumWidth(28)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        font = QFont(self.mark.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.mark.setFont(font)
        self.heading = QLabel(self.tr("{n}. {title}").format(n=number, title=title))
        bold = QFont(self.heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.heading.setFont(bold)
        self.about = note(about)
        self.shows = note()
        self.shows.setTextFormat(Qt.TextFormat.PlainText)
        self.extra = QVBoxLayout()
        self.extra.setSpacing(4)
        self.button_row = QWidget()  # shown once it holds a button
        self.buttons = QHBoxLayout(self.button_row)
        self.buttons.setContentsMargins(0, 4, 0, 0)
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)
        self.button_row.hide()
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.heading)
        text.addWidget(self.about)
        text.addWidget(self.shows)
        text.addLayout(self.extra)
        text.addWidget(self.button_row)
        text.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.addWidget(self.mark)
        row.addLayout(text, 1)
        self.set_state(False, [])

    def set_state(self, done: bool, lines: list[str]) -> None:
        self.mark.setText("✓" if done else "○")
        self.shows.setText("\n".join(lines))
        self.shows.setVisible(bool(lines))
        state = self.tr("done") if done else self.tr("not yet")
        self.setAccessibleName(self.tr("{title}: {state}").format(title=self._title, state=state))
        self.mark.setAccessibleName(state)

    def add_button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self.button_row.show()
        return button


class NextStepsView(QWidget):
    #: The parent asked to write a letter of this kind.
    write_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = Step(
            1,
            self.tr("Keep a dated record"),
            self.tr("The IEP written precisely, and a short dated note each time something is not done."),
        )
        self.communicate = Step(
            2,
            self.tr("Write to the school, calmly and with facts"),
            self.tr(
                "What your child was to get, what happened instead, and what you ask for. Emails become "
                "part of the record."
            ),
        )
        self.meeting = Step(
            3,
            self.tr("Ask for an IEP meeting"),
            self.tr(
                "A letter with your concerns, and your records to bring. Asking for the school's records "
                "first can help."
            ),
        )
        self.help = Step(
            4,
            self.tr("Get help"),
            self.tr(
                "You do not have to do this alone. Every state has a Protection & Advocacy agency and at "
                "least one Parent Center:"
            ),
        )
        self.formal = Step(
            5,
            self.tr("Formal routes"),
            self.tr(
                "If the problem goes on: a state complaint to your state's education department; an OCR "
                "complaint if you believe it happened because of disability; or due process, usually with a "
                "special education attorney."
            ),
        )
        self.email_button = self.communicate.add_button(
            self.tr("Write a short factual email…"), self.tr("Write a short factual email about one incident")
        )
        self.concerns_button = self.meeting.add_button(
            self.tr("Write the concerns letter…"),
            self.tr("Write a concerns letter that asks for an IEP meeting"),
        )
        self.records_button = self.meeting.add_button(
            self.tr("Ask for the records…"), self.tr("Write a request for your child's education records")
        )
        for line in (
            self.tr("• An advocate, if you can find one near you."),
            self.tr(
                "• Your state's Protection & Advocacy agency: the National Disability Rights Network's "
                "\u201cFind your P&A\u201d lists them."
            ),
            self.tr(
                "• Your state's Parent Training and Information Center: the Center for Parent Information "
                "and Resources' \u201cFind your Parent Center\u201d lists them."
            ),
        ):
            self.help.extra.addWidget(note(line))
        self.windows = note()
        self.windows.setTextFormat(Qt.TextFormat.PlainText)
        self.windows.setAccessibleName(self.tr("Filing windows"))
        windows_title = QLabel(self.tr("Filing windows, from the incidents you recorded:"))
        bold = QFont(windows_title.font())
        bold.setBold(True)
        windows_title.setFont(bold)
        self.formal.extra.addWidget(windows_title)
        self.formal.extra.addWidget(self.windows)
        may_differ = hint(
            self.tr("{differ} This is information, not legal advice.").format(differ=STATE_MAY_DIFFER)
        )
        self.formal.extra.addWidget(may_differ)
        self.state_button = self.formal.add_button(
            self.tr("Draft a state complaint…"), self.tr("Draft a state complaint")
        )
        self.ocr_button = self.formal.add_button(
            self.tr("Draft an OCR complaint…"), self.tr("Draft an OCR complaint")
        )

        self.stop_line = note(
            self.tr(
                "You can stop at any step, or take another path, such as another school or private "
                "services; that is yours to decide. Whatever you choose, your record stays yours."
            )
        )
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(
            note(
                self.tr(
                    "The steps parents usually take, in this order. Go at your own pace; ✓ marks what your "
                    "case already shows."
                )
            )
        )
        for step in (self.record, self.communicate, self.meeting, self.help, self.formal):
            column.addWidget(step)
        column.addWidget(self.stop_line)
        column.addStretch(1)
        content.setMaximumWidth(scaled(content, 860))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(scroll)

        for button, kind in (
            (self.email_button, "incident-email"),
            (self.concerns_button, "concerns-letter"),
            (self.records_button, "records-request"),
            (self.state_button, "state-complaint"),
            (self.ocr_button, "ocr-complaint"),
        ):
            button.clicked.connect(lambda _checked=False, k=kind: self.write_requested.emit(k))

    def show_progress(self, shown: ctl.CaseProgress) -> None:
        self._record(shown)
        self._communicate(shown)
        self._meeting(shown)
        self.help.set_state(
            shown.advocate_on_team,
            [self.tr("An advocate is on your team.")] if shown.advocate_on_team else [],
        )
        self._formal(shown)

    def _record(self, shown: ctl.CaseProgress) -> None:
        lines = []
        if shown.provisions:
            lines.append(self.tr("The IEP in effect is entered ({n} provisions).").format(n=shown.provisions))
        if shown.incidents:
            lines.append(
                self.tr("Incidents recorded: {n}, the latest on {day}.").format(
                    n=shown.incidents, day=day_text(shown.latest_incident)
                )
            )
        else:
            lines.append(
                self.tr("No incidents recorded yet. Record one in Incidents whenever something is not done.")
            )
        self.record.set_state(shown.incidents > 0, lines)

    def _communicate(self, shown: ctl.CaseProgress) -> None:
        lines = []
        if shown.written_to_school:
            lines.append(
                self.tr("Messages you sent to the school: {n}, the last on {day}.").format(
                    n=shown.written_to_school, day=day_text(shown.last_written)
                )
            )
        if shown.communications:
            lines.append(self.tr("Communications logged: {n}.").format(n=shown.communications))
        if "incident-email" in shown.sent:
            lines.append(
                self.tr("Factual email sent on {day}.").format(day=day_text(shown.sent["incident-email"]))
            )
        done = bool(shown.written_to_school or "incident-email" in shown.sent)
        self.communicate.set_state(done, lines)

    def _meeting(self, shown: ctl.CaseProgress) -> None:
        lines = []
        if "concerns-letter" in shown.sent:
            lines.append(
                self.tr("Meeting requested on {day}.").format(day=day_text(shown.sent["concerns-letter"]))
            )
        elif "concerns-letter" in shown.drafted:
            lines.append(self.tr("A concerns letter is drafted; it is not marked as sent."))
        if "records-request" in shown.sent:
            line = self.tr("Records requested on {day}.").format(day=day_text(shown.sent["records-request"]))
            if shown.records_due is not None:
                line += " " + self.tr(
                    "The district must let you see them by {day} at the latest (45 days; 34 CFR 300.613(a))."
                ).format(day=day_text(shown.records_due))
            lines.append(line)
        self.meeting.set_state("concerns-letter" in shown.sent, lines)

    def _formal(self, shown: ctl.CaseProgress) -> None:
        lines = []
        for kind, label in (
            ("state-complaint", self.tr("State complaint")),
            ("ocr-complaint", self.tr("OCR complaint")),
        ):
            if kind in shown.sent:
                lines.append(
                    self.tr("{what} sent on {day}.").format(what=label, day=day_text(shown.sent[kind]))
                )
        self.formal.set_state(bool(lines), lines)
        names = {
            "state_complaint": self.tr("State complaint (one year)"),
            "ocr_complaint": self.tr("OCR complaint (180 days)"),
            "due_process": self.tr(
                "Due process (two years from when you knew or should have known, unless your state sets "
                "its own limit; counted here from the incident)"
            ),
        }
        text = []
        for window in shown.windows:
            first = window.first
            entry = self.tr(
                "{route}: for the incident of {start}, the window closes on {due} ({source})."
            ).format(
                route=names.get(window.kind, first.title),
                due=day_text(first.due),
                start=day_text(first.counted_from),
                source=first.source,
            )
            if window.open_count > 1:
                entry += " " + self.tr("Incidents inside this window: {n}; the last closes on {due}.").format(
                    n=window.open_count, due=day_text(window.last.due)
                )
            text.append(entry)
        if not text:
            text.append(
                self.tr("None of the incidents recorded is inside these windows now.")
                if shown.incidents
                else self.tr("The windows count from incidents; none is recorded yet.")
            )
        self.windows.setText("\n\n".join(text))

    def clear(self) -> None:
        for step in (self.record, self.communicate, self.meeting, self.help, self.formal):
            step.set_state(False, [])
        self.windows.setText("")
