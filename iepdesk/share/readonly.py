"""A shared copy is opened read-only, at the connection itself.

Every connection the program makes to an open case passes through :func:`guard_connection` (from
iepdesk.casefile.case): on a shared copy it sets SQLite's ``PRAGMA query_only = ON``, so no write of any
kind (a record, a setting, a draft, a migration) can reach the file, whichever code path tries it. The
:class:`ReadOnlyGuard` mixin turns SQLite's refusal into :class:`~iepdesk.errors.SharedCopyError`, whose
message is the plain sentence below, for the window and the command line alike (exit code 6).

A shared copy made by an older IEPDesk is never migrated: it is refused plainly (the copy is sealed,
and changing its format in place would be a write). The parent can make a new copy.
"""

from __future__ import annotations

from typing import Any

import peewee

from iepdesk.casefile import migrations
from iepdesk.errors import SharedCopyError
from iepdesk.i18n import N_, _
from iepdesk.share.marker import read_marker

READ_ONLY_SENTENCE = N_(
    "This is a shared copy, opened read-only: it cannot be changed. Ask the parent for a new copy."
)


def refused() -> SharedCopyError:
    """The error every refused edit raises."""
    return SharedCopyError(_(READ_ONLY_SENTENCE))


def guard_connection(conn: Any) -> bool:
    """Make ``conn`` read-only when its database is a shared copy; True if it is one.

    Refuses (SharedCopyError) a shared copy whose format is older than this program's: it would need a
    migration, and a shared copy is never written to."""
    if read_marker(conn) is None:
        return False
    if migrations.pending(conn):  # a newer copy raises NewerCaseVersionError, as any newer case does
        raise SharedCopyError(
            _(
                "This shared copy was made by an older IEPDesk (case format {current}). A shared copy "
                "is never changed, so this program cannot update it. Ask the parent for a new copy."
            ).format(current=migrations.schema_version(conn))
        )
    conn.execute("PRAGMA query_only = ON")
    return True


def is_refusal(exc: BaseException) -> bool:
    """True for SQLite's refusal of a write on a read-only connection."""
    return "readonly database" in str(exc).lower()


class ReadOnlyGuard:
    """Mixed into the case's peewee database: a refused write on a shared copy raises SharedCopyError."""

    shared_copy: bool = False

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)  # type: ignore[misc]
        except peewee.OperationalError as exc:
            if self.shared_copy and is_refusal(exc):
                raise refused() from None
            raise
