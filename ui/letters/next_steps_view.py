"""Next steps: the whole usual path, one step at a time, with what the case already shows marked done.

The steps, their marks and their words come from the core (iepdesk.next_steps, through
ui.letters.next_steps_ctl); the words are shown translated through ui.letters.next_steps_texts.
"""

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

from iepdesk.next_steps import CLARITY_CHECK, NextSteps, Step
from ui.letters import next_steps_ctl as ctl
from ui.letters.next_steps_texts import line_text, table
from ui.letters.widgets import hint
from ui.widgets.labels import note, scaled

DONE, NOT_YET = "✓", "○"


def _plain(text: str = "") -> QLabel:
    label = note(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a name from the case is never read as markup
    return label


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class StepBox(QFrame):
    """One step: its number and title, what it means, what the case shows, and its buttons."""

    def __init__(self, number: int, step: Step, texts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = step.key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = line_text(step.title, texts)
        self.mark = QLabel()
        self.mark.setMinimumWidth(scaled(self.mark, 28))
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        _bold(self.mark, 1.3)
        self.heading = _bold(
            _plain(self.tr("{n}. {title}").format(n=number, title=self._title)),
            1.1,
        )
        self.about = [_plain(line_text(line, texts)) for line in step.about]
        self.shows = _plain()
        self.shows.setAccessibleName(self.tr("What your case shows"))
        self.shows.setContentsMargins(10, 2, 0, 2)
        _bold(self.shows)
        self.button_row = QWidget()  # shown once it holds a button
        self.buttons = QHBoxLayout(self.button_row)
        self.buttons.setContentsMargins(0, 4, 0, 0)
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)
        self.button_row.hide()
        text = QVBoxLayout()
        text.setSpacing(5)
        text.addWidget(self.heading)
        for label in self.about:
            text.addWidget(label)
        text.addWidget(self.shows)
        text.addWidget(self.button_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.addWidget(self.mark)
        row.addLayout(text, 1)
        self.show_step(step, texts)

    def show_step(self, step: Step, texts: dict[str, str]) -> None:
        self.done = step.done
        self.mark.setText({True: DONE, False: NOT_YET, None: ""}[step.done])
        lines = [line_text(line, texts) for line in step.shows]
        self.shows.setText("\n".join(lines))
        self.shows.setVisible(bool(lines))
        self.setAccessibleDescription(" ".join(lines))  # what the case shows, read with the step's name
        if step.done is None:  # nothing in a case can show this step: no mark, nothing "not yet"
            self.setAccessibleName(self._title)
            self.mark.setAccessibleName("")
            return
        state = self.tr("done") if step.done else self.tr("not yet")
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
    #: The parent asked to see the IEP page's clarity check.
    clarity_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = table()
        blank = ctl.blank_steps()
        self.intro = _plain(line_text(blank.intro, texts))
        self.boxes: dict[str, StepBox] = {}
        self.action_buttons: dict[str, QPushButton] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 4, 8, 4)
        column.setSpacing(10)
        column.addWidget(self.intro)
        for number, step in enumerate(blank.steps, start=1):
            box = StepBox(number, step, texts)
            self.boxes[step.key] = box
            for action in step.actions:
                text, accessible = self._action_texts(action)
                self.action_buttons[action] = box.add_button(text, accessible)
            column.addWidget(box)
        self.expect = QFrame()
        self.expect.setAccessibleName(line_text(blank.expect_title, texts))
        expect = QVBoxLayout(self.expect)
        expect.setContentsMargins(12, 6, 12, 6)
        expect.setSpacing(6)
        expect.addWidget(_bold(_plain(line_text(blank.expect_title, texts)), 1.1))
        self.expect_lines = [_plain(line_text(line, texts)) for line in blank.expect[:-1]]
        for label in self.expect_lines:
            expect.addWidget(label)
        expect.addWidget(hint(line_text(blank.expect[-1], texts)))
        column.addWidget(self.expect)
        column.addStretch(1)
        content.setMaximumWidth(scaled(content, 860))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(scroll)

        for action, button in self.action_buttons.items():
            if action == CLARITY_CHECK:
                button.clicked.connect(lambda _checked=False: self.clarity_requested.emit())
            else:
                button.clicked.connect(lambda _checked=False, k=action: self.write_requested.emit(k))
        self.clarity_button = self.action_buttons[CLARITY_CHECK]
        self.email_button = self.action_buttons["incident-email"]
        self.concerns_button = self.action_buttons["concerns-letter"]
        self.records_button = self.action_buttons["records-request"]
        self.state_button = self.action_buttons["state-complaint"]
        self.ocr_button = self.action_buttons["ocr-complaint"]

    def _action_texts(self, action: str) -> tuple[str, str]:
        """A button's text and its accessible name."""
        known = {
            CLARITY_CHECK: (
                self.tr("Open the clarity check…"),
                self.tr("Open the clarity check on the IEP page"),
            ),
            "incident-email": (
                self.tr("Write a short factual email…"),
                self.tr("Write a short factual email about one incident"),
            ),
            "concerns-letter": (
                self.tr("Write the concerns letter…"),
                self.tr("Write a concerns letter that asks for an IEP meeting"),
            ),
            "records-request": (
                self.tr("Ask for the records…"),
                self.tr("Write a request for your child's education records"),
            ),
            "state-complaint": (self.tr("Draft a state complaint…"), self.tr("Draft a state complaint")),
            "ocr-complaint": (self.tr("Draft an OCR complaint…"), self.tr("Draft an OCR complaint")),
        }
        return known[action]

    def show_steps(self, steps: NextSteps) -> None:
        texts = table()
        for step in steps.steps:
            box = self.boxes.get(step.key)
            if box is not None:
                box.show_step(step, texts)

    def clear(self) -> None:
        self.show_steps(ctl.blank_steps())
