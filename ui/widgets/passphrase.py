"""A new passphrase typed twice, with a live strength hint in plain words."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.strength import MIN_CHARS, Strength, judge

#: The strength check waits this long after the last key (one check for a burst of typing, not one per
#: character: zxcvbn takes up to ~0.1 s of the GUI thread on a long passphrase).
JUDGE_AFTER_MS = 150


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(280)
    return field


class ShowPassphrase(QCheckBox):
    """ "Show what I type": reveals (or hides again) the passphrase typed in ``fields``."""

    def __init__(self, *fields: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Show what I type"), parent)
        self.setAccessibleName(self.tr("Show the passphrase as I type"))
        self._fields = fields
        self.toggled.connect(self._show)

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)


class NewPassphraseFields(QWidget):
    """Two fields and a strength meter. ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        label: str = "",
        leading_rows: list[tuple[QLabel, QWidget]] | None = None,
    ) -> None:
        """``leading_rows`` go into the same form first, so every field lines up."""
        super().__init__(parent)
        self._hints: list[str] = []
        self.first = password_field(self.tr("New passphrase"))
        self.second = password_field(self.tr("New passphrase again"))
        self.show_text = ShowPassphrase(self.first, self.second)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("How strong the passphrase is"))
        self.match = QLabel()

        strength_box = QVBoxLayout()
        strength_box.setContentsMargins(0, 0, 0, 4)
        strength_box.setSpacing(4)
        strength_box.addWidget(self.meter)
        strength_box.addWidget(self.verdict)
        after_box = QVBoxLayout()
        after_box.setContentsMargins(0, 0, 0, 0)
        after_box.setSpacing(6)
        after_box.addWidget(self.match)
        after_box.addWidget(self.show_text)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        first_label = QLabel(label or self.tr("&Passphrase:"))
        first_label.setBuddy(self.first)
        again_label = QLabel(self.tr("Type it &again:"))
        again_label.setBuddy(self.second)
        for row_label, field in leading_rows or []:
            form.addRow(row_label, field)
        form.addRow(first_label, self.first)
        form.addRow("", strength_box)
        form.addRow(again_label, self.second)
        form.addRow("", after_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

        self._judge_timer = QTimer(self)
        self._judge_timer.setSingleShot(True)
        self._judge_timer.setInterval(JUDGE_AFTER_MS)
        self._judge_timer.timeout.connect(self._judge)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_text)
        self._strength = Strength(0, "", "")
        #: What ``_strength`` was judged for (the text and the hints); None: nothing judged yet.
        self._judged: tuple[str, tuple[str, ...]] | None = None
        self._update()

    def set_hints(self, hints: list[str]) -> None:
        """Words that make a passphrase easy to guess here (the child's name, the file name)."""
        self._hints = hints
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def strength(self) -> Strength:
        """The strength of the passphrase as it is now (judged at once if typing has not paused yet)."""
        self._judge()
        return self._strength

    def problem(self) -> str:
        """Why the passphrase cannot be used yet, or "" when it can."""
        text = self.first.text()
        if len(text) < MIN_CHARS:
            return self.tr("A passphrase needs at least {n} characters.").format(n=MIN_CHARS)
        if self.second.text() != text:
            return self.tr("The two passphrases are not the same yet.")
        return ""

    def is_acceptable(self) -> bool:
        return not self.problem()

    def clear(self) -> None:
        self.first.setText("")
        self.second.setText("")

    def _judge(self) -> None:
        """Judge the passphrase if it (or the hints) changed since last time, and show the verdict."""
        self._judge_timer.stop()
        text = self.first.text()
        key = (text, tuple(self._hints))
        if key == self._judged:
            return
        self._judged = key
        self._strength = judge(text, self._hints)
        self.meter.setValue(self._strength.score if text else 0)
        if text:
            self.verdict.setText(
                self.tr("Strength: {label}. {advice}")
                .format(label=self._strength.label, advice=self._strength.advice)
                .strip()
            )
        else:
            self.verdict.setText(
                self.tr(
                    "Tip: a few unrelated words, like “maple river lantern cocoa”, are strong "
                    "and easy to remember."
                )
            )

    def _update(self) -> None:
        text = self.first.text()
        if not text or self._judged is None:
            self._judge()  # the tip, or the first verdict, at once
        elif (text, tuple(self._hints)) != self._judged:
            self._judge_timer.start()  # a burst of typing is judged once, when it pauses
        again = self.second.text()
        if again and again != text:
            self.match.setText(self.tr("The two passphrases are not the same yet."))
        elif again:
            self.match.setText(self.tr("The two passphrases match."))
        else:
            self.match.setText("")
        self.match.setVisible(bool(self.match.text()))
        self.changed.emit()
