"""The last step of importing the school's log: what will be added and what is skipped, and what still
blocks the import (the other steps are in import_steps)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QVBoxLayout,
    QWidget,
)

from iepdesk.logimport.plan import ImportPlan, PlannedRow
from ui.calendar.texts import short_day
from ui.widgets.labels import heading, note


class CheckStep(QWidget):
    """Step 4: what the import will add, before anything is written."""

    def __init__(self, services: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = dict(services)
        self.headline = heading("", 1.1)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("What the import will add"))
        self.span = note()
        self.span.setAccessibleName(self.tr("The dates of the sessions"))
        self.per_service = note()
        self.per_service.setAccessibleName(self.tr("Sessions per service"))
        self.left_out = note()
        self.left_out.setAccessibleName(self.tr("Rows that will not be imported"))
        self.leave_problems = QCheckBox()
        self.leave_problems.setAccessibleName(self.tr("Leave out the rows that cannot be imported"))
        self.blocked = note()
        self.blocked.setAccessibleName(self.tr("What is still to do before importing"))
        font = QFont(self.blocked.font())
        font.setBold(True)
        self.blocked.setFont(font)
        self.after = note(
            self.tr(
                "Nothing is written until you press Import; then all of it is written, or nothing. The "
                "file is kept with the case, encrypted, linked to each session it adds."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (
            self.blocked,
            self.headline,
            self.span,
            self.per_service,
            self.left_out,
            self.leave_problems,
            self.after,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_plan(self, plan: ImportPlan, adding: tuple[PlannedRow, ...], blocked: str) -> None:
        duplicates = sum(1 for r in plan.rows if r.duplicate)
        self.headline.setText(
            self.tr(
                "%n sessions will be added; {m} are already in the case and will be skipped.", "", len(adding)
            ).format(m=duplicates)
            if not blocked
            else self.tr(
                "Once that is done, %n sessions will be added; {m} are already in the case and will be "
                "skipped.",
                "",
                len(adding),
            ).format(m=duplicates)
        )
        days = sorted(r.date for r in adding if r.date is not None)
        self.span.setText(
            self.tr("From {first} to {last}.").format(first=short_day(days[0]), last=short_day(days[-1]))
            if days
            else ""
        )
        self.span.setVisible(bool(days))
        counts = Counter(r.provision_id for r in adding)
        lines = [
            self.tr("{service}: %n sessions", "", n).format(
                service=self.names.get(pid, self.tr("(no service)"))
                if pid is not None
                else self.tr("(no service)"),
            )
            for pid, n in sorted(counts.items(), key=lambda kv: self.names.get(kv[0] or 0, ""))
        ]
        self.per_service.setText("\n".join(lines))
        self.per_service.setVisible(bool(lines))
        problems = plan.problems
        left = [(n, why) for n, why in plan.skipped if why == "left out by you"]
        if problems:
            text = self.tr("%n rows cannot be imported as they are (marked ✗ in step 1):", "", len(problems))
            text += "".join(f"\n•  {r.problem}" for r in problems[:3])
            if len(problems) > 3:
                text += "\n" + self.tr("and {n} more.").format(n=len(problems) - 3)
            self.left_out.setText(text)
        elif left:
            self.left_out.setText(
                self.tr("Left out, as they could not be imported: {n} (rows {rows}).").format(
                    n=len(left),
                    rows=", ".join(str(n) for n, _why in left[:20]) + ("…" if len(left) > 20 else ""),
                )
            )
        self.left_out.setVisible(bool(problems or left))
        self.leave_problems.setText(
            self.tr("&Leave out the rows that cannot be imported, and import the others")
        )
        self.leave_problems.setVisible(bool(problems or left))
        self.blocked.setText(blocked)
        self.blocked.setVisible(bool(blocked))


def first_day(rows: tuple[PlannedRow, ...]) -> dt.date | None:
    days = [r.date for r in rows if r.date is not None]
    return min(days) if days else None
