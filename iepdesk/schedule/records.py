"""Reading the log's entries for the ledger, and "two records of one session".

Entries for one service on one day from different sources are one session, counted once, from the
source first in ``SOURCE_ORDER`` (docs/counting-rules.md, "Two records of one session"). Entries are
taken in an order set by their content, never by when they were typed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, NamedTuple

from iepdesk.i18n import N_, _
from iepdesk.model import database
from iepdesk.model.calendar import EntryCounting, LogSource, LogStatus
from iepdesk.schedule import reasons
from iepdesk.schedule.figures import Conflict


class _Entry(NamedTuple):
    id: int
    provision: int
    date: dt.date
    status: str
    minutes: int | None
    reason: str | None
    source: str | None
    note: str
    counting: str


def entries_between(first: dt.date, last: dt.date, provisions: list[int] | None = None) -> list[Any]:
    """The log's rows as plain tuples, read straight from SQLite: a ten-year log is ~30,000 rows,
    and building a model (or peewee's named tuple) for each costs more than the counting. With
    ``provisions``, only theirs."""
    if last < first:
        return []
    only = ""
    params: list[object] = [first.isoformat(), last.isoformat()]
    if provisions is not None:
        only = f" AND provision_id IN ({','.join('?' * len(provisions))})"
        params += provisions
    cursor = database.execute_sql(
        "SELECT id, provision_id, date, status, minutes, reason, source, note, counting "
        "FROM service_log_entry WHERE date >= ? AND date <= ?" + only,
        params,
    )
    days: dict[object, dt.date] = {}  # a date is on ~16 rows: parsed once

    def day(text: object) -> dt.date:
        found = days.get(text)
        if found is None:
            found = days[text] = dt.date.fromisoformat(str(text)[:10])
        return found

    return [
        _Entry(i, p, day(d), st, m, r, so, n or "", c or "")
        for i, p, d, st, m, r, so, n, c in cursor.fetchall()
    ]


#: Which record counts when two sources logged one session differently: first in this order wins.
#: The provider's own session log, then the school's record, then what the parent saw, then what the
#: child reported, then an entry with no source (docs/counting-rules.md, "Two records of one session").
SOURCE_ORDER = (
    LogSource.PROVIDER_LOG.value,
    LogSource.SCHOOL_RECORD.value,
    LogSource.PARENT_SAW.value,
    LogSource.CHILD_REPORTED.value,
    "",
)


def _record_rank(e: Any) -> tuple[int, int]:
    """The parent's choice ("preferred") first, then the order of sources."""
    source = e.source or ""
    rank = SOURCE_ORDER.index(source) if source in SOURCE_ORDER else len(SOURCE_ORDER)
    return (0 if e.counting == EntryCounting.PREFERRED.value else 1, rank)


def one_record_per_session(
    raw: list[Any], roots: dict[int, int], start: dt.date, end: dt.date
) -> tuple[list[Any], list[Conflict], list[int]]:
    """Entries for one service on one day from different sources are one session; from the same
    source, separate sessions. Returns the kept entries (content order), the conflicts and the
    entries set aside as second records."""
    sole: dict[tuple[int, dt.date], Any] = {}  # the day's entry, or its first when it has several
    several: dict[tuple[int, dt.date], list[Any]] = {}
    kept: list[Any] = []
    separate = EntryCounting.SEPARATE.value
    for e in raw:
        if e.counting == separate:
            kept.append(e)  # the parent says: a session of its own, whoever else logged that day
            continue
        day_key = (roots.get(e.provision, e.provision), e.date)
        one = sole.get(day_key)
        if one is None:
            sole[day_key] = e
        elif day_key in several:
            several[day_key].append(e)
        else:
            several[day_key] = [one, e]
    conflicts: list[Conflict] = []
    duplicates: list[int] = []
    for (service_id, day), one in sole.items():
        day_entries = several.get((service_id, day))
        if day_entries is None:
            kept.append(one)
            continue
        sources: dict[str, list[Any]] = defaultdict(list)
        for e in day_entries:
            sources[e.source or ""].append(e)
        if len(sources) == 1:
            kept.extend(day_entries)
            continue
        ordered = {s: sorted(es, key=_content_order) for s, es in sources.items()}
        for k in range(max(len(es) for es in ordered.values())):
            members = sorted((es[k] for es in ordered.values() if len(es) > k), key=_record_rank)
            first = members[0]
            kept.append(first)
            others = members[1:]
            duplicates.extend(o.id for o in others)
            said = (first.status, first.minutes, first.reason)
            differ = [o for o in others if (o.status, o.minutes, o.reason) != said]
            if differ and start <= day <= end:
                conflicts.append(
                    Conflict(
                        service_id=service_id,
                        date=day,
                        kept_entry=first.id,
                        other_entries=tuple(o.id for o in differ),
                        kept=_describe(first),
                        others=tuple(_describe(o) for o in differ),
                    )
                )
    kept.sort(key=_content_order)
    conflicts.sort(key=lambda c: (c.date, c.service_id, c.kept_entry))
    return kept, conflicts, sorted(duplicates)


#: Who says so and what they say, in the words the binder and the command line print (the window has its
#: own translated words in ui/calendar/texts.py).
SOURCE_WORDS = {
    LogSource.PARENT_SAW.value: N_("your note"),
    LogSource.CHILD_REPORTED.value: N_("what the child said"),
    LogSource.PROVIDER_LOG.value: N_("the provider's log"),
    LogSource.SCHOOL_RECORD.value: N_("the school's record"),
}
STATUS_WORDS = {
    LogStatus.DELIVERED.value: N_("delivered"),
    LogStatus.SHORTENED.value: N_("cut short"),
    LogStatus.MISSED.value: N_("missed"),
    LogStatus.MAKEUP.value: N_("make-up"),
}


def source_words(source: str | None, default: str | None = None) -> str:
    """Who says so, in the current language ("the provider's log"); ``default`` (else "a record with
    no source") for a source not in the table."""
    found = SOURCE_WORDS.get(source or "")
    if found is not None:
        return _(found)
    return default if default is not None else _("a record with no source")


def status_words(status: str) -> str:
    """What happened, in the current language ("delivered"); an unknown status as it is."""
    found = STATUS_WORDS.get(status)
    return _(found) if found is not None else status


def _describe(e: Any) -> str:
    """One record in words: "the provider's log: missed (Provider absent)"."""
    who = source_words(e.source, e.source or None)
    what = status_words(e.status)
    reason = reasons.reason_label(e.reason)
    if e.minutes is not None and reason:
        text = _("{who}: {what}, {minutes} min ({reason})")
    elif e.minutes is not None:
        text = _("{who}: {what}, {minutes} min")
    elif reason:
        text = _("{who}: {what} ({reason})")
    else:
        text = _("{who}: {what}")
    return text.format(who=who, what=what, minutes=e.minutes, reason=reason)


_STATUS_RANK = {
    LogStatus.DELIVERED.value: 0,
    LogStatus.SHORTENED.value: 1,
    LogStatus.MISSED.value: 2,
    LogStatus.MAKEUP.value: 3,
}


def _content_order(e: Any) -> tuple[object, ...]:
    return (
        e.date,
        _STATUS_RANK.get(e.status, 9),
        -(e.minutes if e.minutes is not None else 10**6),
        e.reason or "",
        e.source or "",
        e.note or "",
        e.provision,
    )
