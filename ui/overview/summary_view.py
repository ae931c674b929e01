"""The Overview's IEP summary and its list of upcoming deadlines. Views only: they show OverviewData."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from iepdesk.deadlines import Deadline
from iepdesk.i18n import long_date
from iepdesk.iep.overview import DueDate
from ui.i18n import translate
from ui.iep import words
from ui.iep.versions_view import issue_text
from ui.overview.overview_data import OverviewData
from ui.widgets.labels import note


def relative(due: dt.date, today: dt.date) -> str:
    days = (due - today).days
    if days == 0:
        return translate("IepSummary", "today")
    if days == 1:
        return translate("IepSummary", "tomorrow")
    if days > 1:
        return translate("IepSummary", "in {n} days").format(n=days)
    if days == -1:
        return translate("IepSummary", "passed yesterday")
    return translate("IepSummary", "passed {n} days ago").format(n=-days)


def _plain(text: str = "", bold: bool = False) -> QLabel:
    label = note(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


def review_text(due: DueDate | None, today: dt.date) -> str:
    if due is None:
        return translate(
            "IepSummary", "Not known yet: it counts from the meeting of a signed initial or annual IEP."
        )
    return translate(
        "IepSummary",
        "By {due} ({relative}).\nCounted from the IEP meeting of {start}: the IEP must be reviewed at "
        "least once a year ({source}).",
    ).format(
        due=words.date_text(due.due),
        relative=relative(due.due, today),
        start=words.date_text(due.counted_from),
        source=due.source,
    )


def reevaluation_text(due: DueDate | None, today: dt.date) -> str:
    if due is None:
        return translate(
            "IepSummary",
            "Not known yet: enter the date of the last full evaluation on the Child & team page.",
        )
    return translate(
        "IepSummary",
        "By {due} ({relative}).\nCounted from the last evaluation on {start}: at least once every three "
        "years, unless you and the district agree it is not needed ({source}).",
    ).format(
        due=words.date_text(due.due),
        relative=relative(due.due, today),
        start=words.date_text(due.counted_from),
        source=due.source,
    )


def _state_may_differ() -> str:
    """The core's STATE_MAY_DIFFER, in the window's words (lupdate reads only literals)."""
    return translate(
        "IepSummary", "Your state's rules may differ; check with your state's education department."
    )


def _notes_text(notes: set[str]) -> str:
    """The notes under the dates, once each. Beside a note on the state's own rule, the general
    "your state may differ" speaks of the other dates, and says so."""
    general = _state_may_differ()
    if not notes:
        return general
    if len(notes) > 1:
        # Said of one date among several, each general sentence names what it is about.
        federal = translate("IepSummary", "This is a federal rule: the same in every state.")
        named = {
            general: translate(
                "IepSummary", "The other dates follow federal law; your state's rules may differ."
            ),
            federal: translate(
                "IepSummary", "The OCR complaint's 180 days are federal: the same in every state."
            ),
        }
        notes = {named.get(n, n) for n in notes}
    return " ".join(sorted(notes))


class IepSummaryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = _plain(bold=True)
        self.current.setAccessibleName(translate("IepSummary", "The IEP in effect"))
        self.dates = _plain()
        self.clarity = _plain()
        self.clarity.setAccessibleName(translate("IepSummary", "Clarity of the IEP in effect"))
        self.review = _plain()
        self.review.setAccessibleName(translate("IepSummary", "Next annual review"))
        self.reevaluation = _plain()
        self.reevaluation.setAccessibleName(translate("IepSummary", "Next reevaluation"))
        self.warnings = _plain()
        self.warnings.setAccessibleName(translate("IepSummary", "Warnings about the IEP dates"))
        dates = QFormLayout()
        dates.setVerticalSpacing(10)
        dates.setHorizontalSpacing(16)
        dates.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        dates.addRow(QLabel(translate("IepSummary", "Next annual review:")), self.review)
        dates.addRow(QLabel(translate("IepSummary", "Next reevaluation:")), self.reevaluation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.current)
        layout.addWidget(self.dates)
        layout.addWidget(self.clarity)
        layout.addSpacing(4)
        layout.addLayout(dates)
        layout.addWidget(self.warnings)
        self.show_data(None)

    def show_data(self, data: OverviewData | None) -> None:
        if data is None:
            for label in (
                self.current,
                self.dates,
                self.clarity,
                self.review,
                self.reevaluation,
                self.warnings,
            ):
                label.setText("")
            self.warnings.hide()
            return
        row = data.current
        if row is None:
            self.current.setText(translate("IepSummary", "No signed IEP is recorded as in effect today."))
            self.dates.setText(
                translate(
                    "IepSummary",
                    "Type it in on the IEP page (Ctrl+3): its dates, services, supports and goals.",
                )
            )
            self.clarity.setText("")
        else:
            self.current.setText(
                translate("IepSummary", "In effect today: {label}").format(
                    label=words.version_label(row.kind, row.effective_from, row.meeting_date)
                )
            )
            meeting = (
                translate("IepSummary", " Meeting: {date}.").format(date=words.date_text(row.meeting_date))
                if row.meeting_date
                else ""
            )
            self.dates.setText(
                translate("IepSummary", "In effect {span}.").format(
                    span=words.span_text(row.effective_from, row.effective_to)
                )
                + meeting
            )
            if data.flagged:
                self.clarity.setText(
                    (
                        translate(
                            "IepSummary", "1 provision, {k} with clarity notes to check on the IEP page."
                        )
                        if data.provisions == 1
                        else translate(
                            "IepSummary", "{n} provisions, {k} with clarity notes to check on the IEP page."
                        )
                    ).format(n=data.provisions, k=data.flagged)
                )
            else:
                self.clarity.setText(
                    translate("IepSummary", "1 provision, none with clarity notes.")
                    if data.provisions == 1
                    else translate("IepSummary", "{n} provisions, none with clarity notes.").format(
                        n=data.provisions
                    )
                )
        self.clarity.setVisible(bool(self.clarity.text()))
        self.review.setText(review_text(data.annual_review, data.today))
        self.reevaluation.setText(reevaluation_text(data.reevaluation, data.today))
        texts = [issue_text(issue, data.versions) for issue in data.versions.issues]
        self.warnings.setText("\n".join(f"⚠ {text}" for text in texts))
        self.warnings.setVisible(bool(texts))


class DeadlinesView(QWidget):
    """The next deadlines, each with the date it counts from and where the rule comes from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[QLabel, QLabel]] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(10)
        self.empty = note(
            translate(
                "IepSummary",
                "Nothing coming up yet. Dates appear here as you add the IEP, incidents and follow-ups.",
            )
        )
        self.empty.setEnabled(False)
        self.state_note = note(_state_may_differ())
        self.state_note.setAccessibleName(translate("IepSummary", "About these dates"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._list)
        layout.addWidget(self.empty)
        layout.addWidget(self.state_note)

    def show_deadlines(self, deadlines: list[Deadline], today: dt.date) -> None:
        for head, detail in self.items:
            for label in (head, detail):
                label.setText("")
                label.setToolTip("")
                self._list.removeWidget(label)
                label.hide()
                label.deleteLater()
        self.items = []
        for deadline in deadlines:
            # A report not received past its grace period is marked, not only worded (issue 17).
            mark = "⚠ " if deadline.kind == "progress_report_missing" else ""
            head = _plain(
                mark
                + translate("IepSummary", "{date} · {title} ({relative})").format(
                    date=words.short_date(deadline.due),
                    title=deadline.title,
                    relative=relative(deadline.due, today),
                ),
                bold=True,
            )
            if long_date(deadline.counted_from) in deadline.counted_from_label:  # it names its day
                counted = translate("IepSummary", "Counted from {what}.").format(
                    what=deadline.counted_from_label
                )
            else:
                counted = translate("IepSummary", "Counted from {what} ({date}).").format(
                    what=deadline.counted_from_label, date=words.short_date(deadline.counted_from)
                )
            # The core's sentence beside the date (the IEP's own end, the meeting the records come
            # before, which missed session this is), then the source.
            source = deadline.source_beyond_detail()
            detail = _plain(" ".join(part for part in (counted, deadline.detail, source) if part))
            head.setToolTip(deadline.rule)
            detail.setContentsMargins(12, 0, 0, 0)
            self._list.addWidget(head)
            self._list.addWidget(detail)
            self.items.append((head, detail))
        self.empty.setVisible(not deadlines)
        self.state_note.setText(_notes_text({d.note for d in deadlines if d.note}))

    def clear(self) -> None:
        self.show_deadlines([], dt.date.today())
