"""Reads of a case's plan (its services, their lineage, its school calendar) kept while the case is
unchanged, so the month view and the ledger do not read and rebuild them on every call.

A kept value is used only while it is exactly right: the same connection, which has made no change
since (SQLite's ``total_changes``), and no other connection has committed one since (``PRAGMA
data_version``). Nothing is kept inside a transaction: a rollback undoes changes without counting
as one. Kept values are shared: callers must not change them. A value is kept per language too: some
hold texts (a conflict's words, a service with no title), and a Spanish letter may be made from an
English window.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from iepdesk.i18n import current
from iepdesk.model import database

T = TypeVar("T")

#: Per open database, per connection (each thread has its own): the connection, its changes made and
#: the data version when the values were read, and the values by name.
_kept: weakref.WeakKeyDictionary[Any, dict[int, tuple[Any, int, int, dict[tuple[str, str], Any]]]] = (
    weakref.WeakKeyDictionary()
)


def kept(name: str, read: Callable[[], T]) -> T:
    """``read()``, or what it gave last time on this connection if the case has not changed since."""
    db = database.obj
    if db is None:
        return read()
    conn = db.connection()
    if conn.in_transaction:
        return read()
    changes, version = conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]
    per_connection = _kept.get(db)
    if per_connection is None:
        per_connection = _kept.setdefault(db, {})
    found = per_connection.get(id(conn))
    # The connection itself is kept and compared: a closed one's id can be reused by the next.
    if found is None or found[0] is not conn or found[1:3] != (changes, version):
        found = (conn, changes, version, {})
        per_connection[id(conn)] = found
    values = found[3]
    key = (name, current())
    if key not in values:
        values[key] = read()
    value: T = values[key]
    return value
