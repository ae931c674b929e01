"""The schema's ordered ladder of migrations.

The schema version is SQLite's ``user_version``. Each step is plain SQL (never the current models,
which change later) and runs in its own transaction together with the version bump, so a crash leaves
the case at one version or the next. Before an existing case is migrated, the caller makes an
encrypted backup beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from iepdesk.errors import NewerCaseVersionError

Connection = Any  # a DB-API connection from sqlcipher3


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    apply: Callable[[Connection], None]


def _statements(*sql: str) -> Callable[[Connection], None]:
    """A step made of SQL statements, run one by one (``executescript`` would commit early)."""

    def apply(conn: Connection) -> None:
        for statement in sql:
            conn.execute(statement)

    return apply


_v1_child_and_team = _statements(
    """
        CREATE TABLE case_meta (
            key VARCHAR(64) NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    """
        CREATE TABLE child (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            date_of_birth DATE,
            grade VARCHAR(50) NOT NULL DEFAULT '',
            school VARCHAR(200) NOT NULL DEFAULT '',
            district VARCHAR(200) NOT NULL DEFAULT ''
        )""",
    """
        CREATE TABLE contact (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            role VARCHAR(100) NOT NULL DEFAULT '',
            email VARCHAR(200) NOT NULL DEFAULT '',
            phone VARCHAR(50) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        )""",
)


_v2_iep_versions_and_provisions = _statements(
    "ALTER TABLE child ADD COLUMN last_evaluation_date DATE",
    """
        CREATE TABLE iep_version (
            id INTEGER NOT NULL PRIMARY KEY,
            kind VARCHAR(20) NOT NULL DEFAULT 'annual',
            meeting_date DATE,
            effective_from DATE,
            effective_to DATE,
            status VARCHAR(20) NOT NULL DEFAULT 'draft',
            notes TEXT NOT NULL DEFAULT '',
            document_id INTEGER
        )""",
    """
        CREATE TABLE provision (
            id INTEGER NOT NULL PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES iep_version (id) ON DELETE CASCADE,
            kind VARCHAR(30) NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            title VARCHAR(300) NOT NULL DEFAULT '',
            iep_wording TEXT NOT NULL DEFAULT '',
            page_ref VARCHAR(100) NOT NULL DEFAULT '',
            copied_from INTEGER,
            minutes_per_session INTEGER,
            sessions_per_period INTEGER,
            period VARCHAR(20),
            delivery VARCHAR(20),
            location VARCHAR(200) NOT NULL DEFAULT '',
            provider_role VARCHAR(200) NOT NULL DEFAULT '',
            start_date DATE,
            end_date DATE,
            applies_when VARCHAR(200) NOT NULL DEFAULT '',
            how_given VARCHAR(20),
            area VARCHAR(100) NOT NULL DEFAULT '',
            baseline TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            measurement TEXT NOT NULL DEFAULT '',
            reporting_schedule VARCHAR(200) NOT NULL DEFAULT ''
        )""",
    "CREATE INDEX provision_version_id ON provision (version_id, position)",
)


LADDER: tuple[Migration, ...] = (
    Migration(1, "child, team contacts and case facts", _v1_child_and_team),
    Migration(
        2, "IEP versions and provisions; the child's last evaluation date", _v2_iep_versions_and_provisions
    ),
)

LATEST_VERSION = LADDER[-1].version


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection, ladder: tuple[Migration, ...] = LADDER) -> list[Migration]:
    """The steps still to run, or an error if the case is newer than this program."""
    current = schema_version(conn)
    latest = ladder[-1].version
    if current > latest:
        raise NewerCaseVersionError(
            f"This case was saved by a newer version of IEPDesk (case format {current}; this "
            f"program reads up to {latest}). Install the newer IEPDesk to open it; nothing was changed."
        )
    return [step for step in ladder if step.version > current]


def run(conn: Connection, steps: list[Migration]) -> None:
    """Apply ``steps`` in order, one transaction each (DDL is transactional in SQLite)."""
    for step in steps:
        conn.execute("BEGIN IMMEDIATE")
        try:
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
