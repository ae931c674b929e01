"""The clarity findings of the provision being edited, beside its form. They advise; saving never waits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from iepdesk.iep.clarity import Finding, open_questions
from ui.i18n import translate
from ui.theme import current
from ui.widgets.labels import heading, note


def aspect_name(aspect: str) -> str:
    return {
        "who": translate("Findings", "who"),
        "what": translate("Findings", "what"),
        "where": translate("Findings", "where"),
        "when": translate("Findings", "when"),
        "how much": translate("Findings", "how much"),
        "how often": translate("Findings", "how often"),
        "how": translate("Findings", "how"),
        "how measured": translate("Findings", "how it is measured"),
        "baseline": translate("Findings", "the baseline"),
    }.get(aspect, aspect)


def aspect_list(aspects: list[str]) -> str:
    """``["who", "what", "where"]`` as "who, what and where"."""
    names = [aspect_name(a) for a in aspects]
    if len(names) < 2:
        return "".join(names)
    return translate("Findings", "{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def field_name(field: str) -> str:
    return {
        "iep_wording": translate("Findings", "IEP wording"),
        "title": translate("Findings", "What"),
        "applies_when": translate("Findings", "When it applies"),
        "location": translate("Findings", "Where"),
        "measurement": translate("Findings", "Measured by"),
        "reporting_schedule": translate("Findings", "Progress reported"),
        "target": translate("Findings", "Target"),
    }.get(field, field)


def form_label(field: str) -> str:
    """The name of the form field to go to for a finding about ``field``."""
    return {
        "title": translate("Findings", "What"),
        "minutes_per_session": translate("Findings", "How much"),
        "sessions_per_period": translate("Findings", "How much"),
        "period": translate("Findings", "How much"),
        "delivery": translate("Findings", "Individual or group"),
        "location": translate("Findings", "Where"),
        "provider_role": translate("Findings", "Who"),
        "applies_when": translate("Findings", "When it applies"),
        "how_given": translate("Findings", "How your child gets it"),
        "area": translate("Findings", "Area"),
        "baseline": translate("Findings", "Baseline"),
        "target": translate("Findings", "Target"),
        "measurement": translate("Findings", "Measured by"),
        "reporting_schedule": translate("Findings", "Progress reported"),
    }.get(field, field_name(field))


def finding_title(finding: Finding) -> str:
    if finding.category == "missing":
        return translate("Findings", "Not written down: {aspect}").format(aspect=aspect_name(finding.aspect))
    return translate("Findings", "Vague: “{words}” ({field})").format(
        words=finding.words, field=field_name(finding.field)
    )


def _plain(text: str) -> QLabel:
    label = note(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FindingCard(QFrame):
    """One vague phrase, or every field left empty (those share one suggested rewrite)."""

    use_requested = Signal(object)  # Finding
    go_requested = Signal(object)  # Finding: take me to the field that is empty

    def __init__(self, findings: list[Finding], signed: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings = list(findings)
        first = findings[0]
        missing = first.category == "missing"
        self.setObjectName("finding")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#finding { border: 1px solid palette(mid);"
            f" border-left: 4px solid {current().colours.warning};"
            " border-radius: 4px; background: palette(base); }"
        )
        title = (
            translate("Findings", "Not written down: {aspects}").format(
                aspects=", ".join(aspect_name(a) for a in open_questions(findings))
            )
            if missing
            else finding_title(first)
        )
        self.title = _plain(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        self.risks: list[QLabel] = []
        self.go_buttons: list[QPushButton] = []
        for finding in findings:
            risk = _plain(finding.risk)
            self.risks.append(risk)
            if not missing:
                layout.addWidget(risk)
                continue
            go = QPushButton(translate("Findings", "Go to “{field}”").format(field=form_label(finding.field)))
            go.setAccessibleName(
                translate("Findings", "Go to the field “{field}”").format(field=form_label(finding.field))
            )
            go.setAutoDefault(False)
            go.clicked.connect(lambda _c=False, f=finding: self.go_requested.emit(f))
            self.go_buttons.append(go)
            layout.addWidget(risk)
            layout.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
        self.suggestion = _plain(first.suggestion)
        self.suggestion.setAccessibleName(translate("Findings", "Suggested wording"))
        suggestion_label = QLabel(translate("Findings", "A clearer way to write it:"))
        suggestion_label.setEnabled(False)
        # A signed IEP keeps its own words: the suggestion is kept to propose at the next meeting.
        self.use_button = QPushButton(
            translate("Findings", "Propose at the next meeting")
            if signed
            else translate("Findings", "Use this wording")
        )
        self.use_button.setAccessibleName(
            translate("Findings", "Keep the suggested wording as a note to propose at the next meeting")
            if signed
            else translate("Findings", "Put the suggested wording into the IEP wording field")
        )
        self.use_button.setAutoDefault(False)
        layout.addSpacing(2)
        layout.addWidget(suggestion_label)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.use_button.clicked.connect(lambda: self.use_requested.emit(first))
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(f.risk for f in findings))

    def wipe(self) -> None:
        """Forget the case text at once (the card itself is deleted later)."""
        for label in (self.title, self.suggestion, *self.risks):
            label.setText("")
        self.setAccessibleName("")
        self.setAccessibleDescription("")


class FindingsView(QWidget):
    use_requested = Signal(object)  # Finding
    go_requested = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[Finding, ...] | None = None
        self._signed = False
        self.cards: list[FindingCard] = []
        self.summary = note()
        self.summary.setAccessibleName(translate("Findings", "Clarity check summary"))
        self.signed_note = note(
            translate(
                "Findings",
                "This IEP is signed: keep its wording exactly as written, and bring these suggestions to "
                "the next meeting.",
            )
        )
        self.signed_note.setEnabled(False)
        self.proposals_label = QLabel(
            translate("Findings", "To propose at the next meeting (saved with this provision):")
        )
        self.proposals = _plain("")
        self.proposals.setAccessibleName(translate("Findings", "Notes to propose at the next meeting"))
        self.advice = note(translate("Findings", "These are advice only. You can save at any time."))
        self.advice.setEnabled(False)
        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("Findings", "Clarity check"), 1.15))
        layout.addWidget(self.summary)
        layout.addWidget(self.signed_note)
        layout.addLayout(self._cards_box)
        layout.addWidget(self.proposals_label)
        layout.addWidget(self.proposals)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        self.set_findings([], signed=False, empty=True)
        self.set_proposals("")

    def findings(self) -> tuple[Finding, ...]:
        return self._shown or ()

    def buttons(self) -> list[QPushButton]:
        return [b for card in self.cards for b in (*card.go_buttons, card.use_button)]

    def set_proposals(self, text: str) -> None:
        """The provision's notes to propose at the next meeting (hidden when there are none)."""
        self.proposals.setText(text.strip())
        self.proposals_label.setVisible(bool(text.strip()))
        self.proposals.setVisible(bool(text.strip()))

    def set_findings(
        self, findings: list[Finding], signed: bool, empty: bool = False, answered: list[str] | None = None
    ) -> bool:
        """Show ``findings``; the cards are rebuilt only when they change (not on every keystroke).
        ``answered``: the questions the provision does answer, named when there is nothing to point out.

        Returns True when the cards were rebuilt."""
        self.signed_note.setVisible(signed and bool(findings))
        self.advice.setVisible(bool(findings))
        if empty:
            self.summary.setText(
                translate(
                    "Findings",
                    "As you type, this checks that the provision says who, what, where, "
                    "when and how much, and points out vague words.",
                )
            )
        elif not findings and answered:
            self.summary.setText(
                translate("Findings", "✓ Nothing to point out: it says {aspects}.").format(
                    aspects=aspect_list(answered)
                )
            )
        elif not findings:
            self.summary.setText(translate("Findings", "✓ Nothing to point out."))
        else:
            self.summary.setText(
                translate("Findings", "1 thing to check.")
                if len(findings) == 1
                else translate("Findings", "{n} things to check.").format(n=len(findings))
            )
        key = tuple(findings)
        if key == self._shown and signed == self._signed:
            return False
        self._shown, self._signed = key, signed
        for card in self.cards:
            self._cards_box.removeWidget(card)
            card.wipe()
            card.hide()
            card.deleteLater()
        self.cards = []
        vague = [[f] for f in findings if f.category != "missing"]
        missing = [f for f in findings if f.category == "missing"]
        for group in vague + ([missing] if missing else []):
            card = FindingCard(group, signed)
            card.use_requested.connect(self.use_requested)
            card.go_requested.connect(self.go_requested)
            self._cards_box.addWidget(card)
            self.cards.append(card)
        return True

    def clear(self) -> None:
        self.set_findings([], signed=False, empty=True)
        self.set_proposals("")
