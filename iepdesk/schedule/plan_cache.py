"""Reads of a case's plan (its services, their lineage, its school calendar) kept while the plan is
unchanged, so the month view and the ledger do not read and rebuild them on every call.

A kept value is used only while it is exactly right: the same connection; no change since to any of
the plan's tables on this connection (change_log counts them with TEMP triggers, so saving a log
entry, an incident or a letter keeps the plan); and no other connection has committed anything
since (``PRAGMA data_version``). Where the connection cannot count (a read-only one), any change by
it counts as a change to the plan (SQLite's ``total_changes``). Nothing is kept inside a
transaction: a rollback undoes changes without counting as one. Kept values are shared: callers must
not change them. A value is kept per language too: some hold texts (a conflict's words, a service
with no title), and a Spanish letter may be made from an English window.

The ledger's matching of log entries is kept here too, and brought up to date by matching.py from
the services whose entries changed (change_log.entry_changes_since).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from iepdesk.i18n import current
from iepdesk.model import database
from iepdesk.schedule import change_log

T = TypeVar("T")


@dataclass
class _Connection:
    """What is kept for one connection (each thread has its own)."""

    conn: Any
    counting: bool
    stamp: object = None
    values: dict[tuple[str, str], Any] = field(default_factory=dict)


#: Per open database, per connection id: the connection's kept values.
_kept: weakref.WeakKeyDictionary[Any, dict[int, _Connection]] = weakref.WeakKeyDictionary()


def _state(conn: Any, db: Any) -> _Connection:
    per_connection = _kept.get(db)
    if per_connection is None:
        per_connection = _kept.setdefault(db, {})
    found = per_connection.get(id(conn))
    # The connection itself is kept and compared: a closed one's id can be reused by the next.
    if found is None or found.conn is not conn:
        found = per_connection[id(conn)] = _Connection(conn, change_log.install(conn))
    return found


def _current_stamp(state: _Connection) -> object:
    conn = state.conn
    if state.counting:
        now = change_log.stamp(conn)
        before = state.stamp
        if not isinstance(before, change_log.Stamp) or before.schema_version == now.schema_version:
            return now
        # The schema changed (a migration): a table made again has lost its TEMP triggers.
        state.counting = change_log.install(conn)
        if state.counting:
            return change_log.stamp(conn)
    return ("any change", conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)


def kept(name: str, read: Callable[[], T]) -> T:
    """``read()``, or what it gave last time on this connection if the plan has not changed since.
    ``read`` must read only the tables in change_log.PLAN_TABLES."""
    db = database.obj
    if db is None:
        return read()
    conn = db.connection()
    if conn.in_transaction:
        return read()
    state = _state(conn, db)
    now = _current_stamp(state)
    if now != state.stamp:
        state.stamp, state.values = now, {}
        if state.counting:  # every kept matching is gone (in every language): so are their needs
            change_log.forget_entry_changes(conn, change_log.last_entry_change(conn))
    key = (name, current())
    values = state.values
    if key not in values:
        values[key] = read()
    value: T = values[key]
    return value


def counting_entry_changes() -> Any | None:
    """This connection, if it logs which services' entries change (outside a transaction); else None:
    then any change to an entry is a change to the plan, and kept matchings are never stale."""
    db = database.obj
    if db is None:
        return None
    conn = db.connection()
    if conn.in_transaction:
        return None
    found = _kept.get(db, {}).get(id(conn))
    return conn if found is not None and found.conn is conn and found.counting else None


def forget() -> None:
    """Drop every kept value (a test's way to count afresh)."""
    for per_connection in list(_kept.values()):
        for state in per_connection.values():
            state.stamp, state.values = None, {}
