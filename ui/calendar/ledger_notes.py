"""Below and beside the figures of the "Minutes owed" tab: what is still to come and what minutes are not
known (apart from the owed figures), the sessions two records disagree on, and the notice of a service
an amendment typed in anew, with its link (undoably) to the earlier one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.iep.versions import link_to_earlier, unlink_from_earlier
from iepdesk.schedule import entries as service_log
from iepdesk.schedule.ledger import Conflict, Ledger, ProposedLink
from ui import messages
from ui.calendar.ledger_model import figure_help
from ui.calendar.texts import minutes_text, reason_label, short_day, source_phrase, status_label
from ui.i18n import translate
from ui.shell.tasks import TaskRunner
from ui.widgets.labels import note


def _sessions(n: int) -> str:
    return translate("Calendar", "1 session") if n == 1 else translate("Calendar", "{n} sessions").format(n=n)


if TYPE_CHECKING:
    _View = QWidget
else:
    _View = object


class LedgerNotes(_View):
    """The notes of the view (a part of LedgerView: its widgets are the view's attributes)."""

    ledger: Ledger | None
    tasks: TaskRunner
    count_button: QPushButton
    links_changed: SignalInstance
    count: Callable[[], None]
    _open_entries: Callable[[str, str, list[service_log.EntryRow], list[dt.date], int | None], None]

    def _build_notes(self) -> None:
        # Apart from the owed figures: what can still happen, and what only the school can say.
        self.still_line = note()
        self.still_line.setAccessibleName(translate("Calendar", "Still to come"))
        self.still_line.setToolTip(figure_help("still_to_come"))
        self.unknown_line = note()
        self.unknown_line.setAccessibleName(translate("Calendar", "Minutes not known"))
        self.unknown_line.setToolTip(figure_help("minutes_unknown"))
        self.unknown_button = QPushButton(translate("Calendar", "See the sessions with minutes not &known…"))
        self.unknown_button.setAccessibleName(
            translate("Calendar", "Show the sessions cut short with minutes not known")
        )
        unknown_row = QHBoxLayout()
        unknown_row.addWidget(self.unknown_line, 1)
        unknown_row.addWidget(self.unknown_button, 0, Qt.AlignmentFlag.AlignTop)
        self.apart = QWidget()
        apart_layout = QVBoxLayout(self.apart)
        apart_layout.setContentsMargins(0, 0, 0, 0)
        apart_layout.addWidget(self.still_line)
        apart_layout.addLayout(unknown_row)
        self.apart.hide()
        # Sessions two records disagree on: each counted once; Enter opens the records.
        self.conflicts_label = QLabel()
        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(
            translate("Calendar", "Sessions logged differently; Enter shows their entries")
        )
        self.conflicts.setWordWrap(True)  # a sentence each, read whole at any width
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.conflicts.setToolTip(
            translate(
                "Calendar",
                "Two records of one session that disagree (for example your note and the provider's log). "
                "The session is counted once. Enter or double-click shows both entries; to count the other "
                "record, open the day and choose it under “Logged twice”.",
            )
        )
        self.conflicts_label.setBuddy(self.conflicts)
        self.conflicts_label.hide()
        self.conflicts.hide()
        # A service an amendment typed in anew, that looks like a change of an earlier one.
        self.links_box = QFrame()
        self.links_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.links_box.setAccessibleName(translate("Calendar", "Services that may need linking"))
        self.links_layout = QVBoxLayout(self.links_box)
        self.links_layout.setContentsMargins(10, 8, 10, 8)
        self.links_box.hide()
        self._link_widgets: list[QWidget] = []
        self._undo_link: ProposedLink | None = None
        self.undo_link_line = note()
        self.undo_link_button = QPushButton(translate("Calendar", "&Undo the link"))
        self.undo_link_button.setAccessibleName(translate("Calendar", "Undo the link just made"))
        self.undo_row = QWidget()
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_link_line, 1)
        undo_layout.addWidget(self.undo_link_button)
        self.undo_row.hide()
        self._conflict_rows: dict[int, service_log.EntryRow] = {}

    def _connect_notes(self) -> None:
        self.unknown_button.clicked.connect(self._open_unknown)
        self.conflicts.itemActivated.connect(self._open_conflict)
        self.undo_link_button.clicked.connect(self._unlink)

    def _clear_notes(self) -> None:
        for label in (self.still_line, self.unknown_line, self.conflicts_label, self.undo_link_line):
            label.clear()
        self.apart.hide()
        self.conflicts.clear()
        self.conflicts.hide()
        self.conflicts_label.hide()
        self._conflict_rows = {}
        self._set_links([])
        self._undo_link = None
        self.undo_row.hide()

    # ---- apart from the owed figures: still to come, minutes not known ---------------------------
    def _show_apart(self, ledger: Ledger) -> None:
        as_of = ledger.as_of or dt.date.today()
        still = [
            translate("Calendar", "{service} {n} min ({sessions})").format(
                service=r.service,
                n=r.figures.still_to_come,
                sessions=_sessions(r.figures.sessions_still_to_come),
            )
            for r in ledger.totals
            if r.figures.still_to_come
        ]
        unknown = [
            translate("Calendar", "{service} {n} min ({sessions})").format(
                service=r.service,
                n=r.figures.minutes_unknown,
                sessions=_sessions(r.figures.sessions_minutes_unknown),
            )
            for r in ledger.totals
            if r.figures.minutes_unknown
        ]
        self.still_line.setText(
            translate(
                "Calendar", "Still to come after {day} (can still happen, not owed yet): {list}."
            ).format(day=short_day(as_of), list="; ".join(still))
            if still
            else ""
        )
        self.unknown_line.setText(
            translate(
                "Calendar", "Minutes not known (cut short, minutes not given: ask the school): {list}."
            ).format(list="; ".join(unknown))
            if unknown
            else ""
        )
        self.still_line.setVisible(bool(still))
        self.unknown_line.setVisible(bool(unknown))
        self.unknown_button.setVisible(bool(unknown))
        self.apart.setVisible(bool(still or unknown))

    def _open_unknown(self) -> None:
        if self.ledger is None:
            return
        ids = [i for r in self.ledger.totals for i in r.figures.minutes_unknown_entries]
        self._open_entries(
            translate("Calendar", "Minutes not known"),
            figure_help("minutes_unknown"),
            service_log.entries_by_id(ids),
            [],
            None,
        )

    # ---- two records of one session that disagree -----------------------------------------------
    def _record_text(self, entry_id: int) -> tuple[str, str]:
        """(who, what): ("the provider's log", "missed (Provider absent)")."""
        row = self._conflict_rows.get(entry_id)
        if row is None:
            return translate("Calendar", "another entry"), translate("Calendar", "something else")
        what = status_label(row.status)
        if row.minutes is not None and row.status != "missed":
            what = translate("Calendar", "{status}, {minutes}").format(
                status=what, minutes=minutes_text(row.minutes)
            )
        if row.reason:
            what = translate("Calendar", "{status} ({reason})").format(
                status=what, reason=reason_label(row.reason)
            )
        return source_phrase(row.source), what

    def conflict_text(self, conflict: Conflict) -> str:
        names = {r.service_id: r.service for r in self.ledger.totals} if self.ledger else {}
        kept_who, kept_what = self._record_text(conflict.kept_entry)
        said = [translate("Calendar", "{who} says {what}").format(who=kept_who, what=kept_what)]
        for other in conflict.other_entries:
            who, what = self._record_text(other)
            said.insert(0, translate("Calendar", "{who} says {what}").format(who=who, what=what))
        return translate("Calendar", "{day}, {service}: {said} — counted as {who}.").format(
            day=short_day(conflict.date),
            service=names.get(conflict.service_id, translate("Calendar", "a service")),
            said=", ".join(said),
            who=kept_who,
        )

    def _show_conflicts(self, ledger: Ledger, records: dict[int, service_log.EntryRow]) -> None:
        self._conflict_rows = records
        self.conflicts.clear()
        for conflict in ledger.conflicts:
            item = QListWidgetItem(self.conflict_text(conflict))
            item.setData(Qt.ItemDataRole.UserRole, [conflict.kept_entry, *conflict.other_entries])
            item.setToolTip(item.text() + "\n\n" + self.conflicts.toolTip())
            self.conflicts.addItem(item)
        n = len(ledger.conflicts)
        self.conflicts_label.setText(
            translate(
                "Calendar", "Logged &differently by two sources ({n}): each session is counted once"
            ).format(n=n)
        )
        self.conflicts_label.setVisible(n > 0)
        self.conflicts.setVisible(n > 0)
        if n:  # room for three sentences of up to two lines; more scroll
            line = self.conflicts.fontMetrics().lineSpacing()
            self.conflicts.setFixedHeight(min(n, 3) * (2 * line + 8) + 2 * self.conflicts.frameWidth() + 4)

    def _open_conflict(self, item: QListWidgetItem) -> None:
        ids = [int(i) for i in item.data(Qt.ItemDataRole.UserRole)]
        self._open_entries(
            translate("Calendar", "Logged differently"),
            item.text()
            + " "
            + translate(
                "Calendar",
                "To count the other record, or to count both as separate sessions, show the day on the "
                "calendar, edit the entry and choose under “Logged twice”.",
            ),
            service_log.entries_by_id(ids),
            [],
            None,
        )

    # ---- an amendment's service typed in anew -----------------------------------------------------
    def _set_links(self, links: list[ProposedLink]) -> None:
        for widget in self._link_widgets:
            self.links_layout.removeWidget(widget)
            widget.deleteLater()
        self._link_widgets = []
        for link in links:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            text = note(
                translate(
                    "Calendar",
                    "“{service}” in a later IEP was typed in anew, so it is counted as a second service "
                    "beside the earlier “{service}” (the week it changed owes both). If it is the same "
                    "service with new minutes, link them.",
                ).format(service=link.service)
            )
            text.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(translate("Calendar", "&Link them…"))
            button.setAccessibleName(
                translate("Calendar", "Link {service} to the earlier one").format(service=link.service)
            )
            button.clicked.connect(lambda _c=False, found=link: self.link(found))
            row_layout.addWidget(text, 1)
            row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.links_layout.addWidget(row)
            # Reached by Tab right after Count, as it is seen: above the chart and the table.
            QWidget.setTabOrder(self.link_buttons()[-1] if self._link_widgets else self.count_button, button)
            self._link_widgets.append(row)
        self.links_box.setVisible(bool(links))

    def link_buttons(self) -> list[QPushButton]:
        return [b for w in self._link_widgets if (b := w.findChild(QPushButton)) is not None]

    def link(self, found: ProposedLink) -> None:
        if not messages.confirm(
            self,
            translate("Calendar", "Link them?"),
            translate(
                "Calendar",
                "Count “{service}” of the later IEP as the same service as the earlier “{service}”, whose "
                "minutes changed? The IEP's own words are not changed, and you can undo the link here.",
            ).format(service=found.service),
            translate("Calendar", "Link them"),
        ):
            return
        self.tasks.wait()  # a count still reading the case finishes first
        try:
            link_to_earlier(found.provision, found.looks_like)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not linked"), exc)
            return
        self._undo_link = found
        self.undo_link_line.setText(
            translate("Calendar", "Linked: “{service}” is now counted as one service.").format(
                service=found.service
            )
        )
        self.undo_row.show()
        self.undo_link_button.setFocus()
        self.links_changed.emit()
        self.count()

    def _unlink(self) -> None:
        found = self._undo_link
        if found is None:
            return
        self.tasks.wait()
        try:
            unlink_from_earlier(found.provision, found.looks_like)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not undone"), exc)
            return
        self._undo_link = None
        self.undo_row.hide()
        self.links_changed.emit()
        self.count()
