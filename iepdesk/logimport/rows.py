"""One row of the school's file -> one planned log entry (or why it cannot be one), and which rows are
sessions the case already holds. Used by plan_import (iepdesk/logimport/plan.py)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any, cast

from iepdesk.i18n import _
from iepdesk.logimport.columns import CellError, parse_date, parse_minutes
from iepdesk.logimport.plan import PlannedRow
from iepdesk.logimport.school_words import Meaning, key
from iepdesk.model import ServiceLogEntry
from iepdesk.model.calendar import LogSource, LogStatus

_D, _SH = LogStatus.DELIVERED.value, LogStatus.SHORTENED.value
_M, _MU = LogStatus.MISSED.value, LogStatus.MAKEUP.value
#: Reason cells that say nothing ("N/A", "-", "none").
EMPTY_REASONS = frozenset({"", "n a", "na", "none", "null"})


def clean(text: str) -> str:
    return " ".join(text.split())


def words_needed(status_text: str, reason_text: str, minutes_text: str) -> list[str]:
    """The school's words this row's meaning depends on ("" = a blank status with no minutes)."""
    reason = "" if key(reason_text) in EMPTY_REASONS else reason_text
    if status_text:
        return [status_text, reason] if reason else [status_text]
    if reason:
        return [reason]
    return [] if minutes_text.strip() else [""]


def plan_row(
    number: int,
    cells: dict[str, str],
    order: str,
    provision_id: int | None,
    planned_minutes: int | None,
    meaning_of: Callable[[str], Meaning | None],
) -> PlannedRow:
    """The planned entry of one row; ``meaning_of`` gives a word's (status, reason) or None (unmapped)."""
    status_text, reason_text = cells.get("status", ""), cells.get("reason", "")
    if key(reason_text) in EMPTY_REASONS:
        reason_text = ""
    problem = ""
    day: dt.date | None = None
    minutes: int | None = None
    try:
        day = parse_date(cells["date"], order) if "date" in cells else None
        if day is None:
            problem = _("the file has no date column: choose the column that holds the dates")
    except CellError as exc:
        problem = _("row {number}: {problem}").format(number=number, problem=exc)
    minutes_problem = ""  # a problem only when the minutes count (not for a missed session)
    try:
        minutes = parse_minutes(cells.get("minutes", ""))
    except CellError as exc:
        minutes_problem = _("row {number}: {problem}").format(number=number, problem=exc)
    status: str | None = None
    reason: str | None = None
    waiting = ""
    if status_text:
        found = meaning_of(status_text)
        if found is None:
            waiting = status_text
        else:
            status, reason = found
    elif reason_text:
        found = meaning_of(reason_text)
        if found is None:
            waiting = reason_text
        else:
            status, reason = found
    elif minutes is not None:
        status = _D if minutes > 0 else _M
    else:
        found = meaning_of("")
        if found is None:
            waiting = ""
            status = None
        else:
            status, reason = found
    if status is not None and reason is None and reason_text and status_text:
        # "Missed" + "Student ill", "Delivered" + "Early release": the reason column says why.
        found = meaning_of(reason_text)
        if found is None and status == _M:
            waiting, status = reason_text, None
        elif found is not None:
            reason = found[1]
    if status == _M:
        # what a missed session's minutes cell says is the plan, not what was given: never read
        minutes = None
    else:
        problem = problem or minutes_problem
    if status == _D and minutes == 0:
        problem = problem or _("row {number}: marked delivered with 0 minutes").format(number=number)
    elif status == _D and minutes is not None and planned_minutes and minutes < planned_minutes:
        status = _SH  # the session took place, shorter than the IEP's minutes per session
    return PlannedRow(
        row_number=number,
        provision_id=provision_id,
        date=day,
        status=status,
        minutes=minutes,
        reason=reason,
        provider=cells.get("provider", ""),
        note=cells.get("note", ""),
        problem=problem,
        service_text=cells.get("service", ""),
        status_text=status_text,
        reason_text=reason_text,
        group=cells.get("group", ""),
        waiting_word=waiting if status is None and not problem else "",
    )


Key = tuple[int | None, dt.date | None, str | None, int | None, str]


def session_key(row: PlannedRow, roots: dict[int, int]) -> Key:
    """What makes two school records the same session (docs/importing-logs.md): the service (its line
    of copies across IEP versions), date, status, minutes and note. A row waiting on an unmapped word:
    as ``apply_import(..., accept_unmapped=True)`` writes it (missed, no minutes)."""
    pid = row.provision_id
    service = roots.get(pid, pid) if pid is not None else None
    if row.status is None:
        return (service, row.date, _M, None, row.entry_note)
    return (service, row.date, row.status, row.minutes, row.entry_note)


def already_held(rows: list[PlannedRow], roots: dict[int, int]) -> Counter[Key]:
    """How many school-record entries of the case have each row's key (``roots``: lineage_roots())."""
    dated = [r.date for r in rows if r.date is not None]
    if not dated:
        return Counter()
    query = ServiceLogEntry.select(
        ServiceLogEntry.provision,
        ServiceLogEntry.date,
        ServiceLogEntry.status,
        ServiceLogEntry.minutes,
        ServiceLogEntry.note,
    ).where(
        (ServiceLogEntry.source == LogSource.SCHOOL_RECORD.value)
        & (ServiceLogEntry.date >= min(dated))
        & (ServiceLogEntry.date <= max(dated))
    )
    found: Counter[Key] = Counter()
    for pid, day, status, minutes, note in cast("list[tuple[Any, ...]]", list(query.tuples())):
        found[(roots.get(int(pid), int(pid)), day, str(status), minutes, str(note))] += 1
    return found
