"""What this connection has changed since a value was kept: a count per plan table, and the services
whose log entries changed, so that saving one log entry does not throw away the whole plan and
matching the ledger keeps (plan_cache, matching).

Kept in the connection's own TEMP schema (in memory: ``temp_store = MEMORY``, never on disk) by TEMP
triggers, so every write this connection makes is seen, whoever makes it (the core's functions, an
import's bulk insert, raw SQL). A rollback undoes the counts with the rows. Writes by other
connections are not seen here: the caller compares ``PRAGMA data_version`` for those.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The tables the plan is read from (the services, the IEP versions, the school calendar). A kept
#: plan value is used again only while none of them has changed. A reader of the plan that reads
#: another table must add it here (tests/core/schedule/test_plan_cache.py changes each one).
PLAN_TABLES = ("iep_version", "provision", "school_year", "non_school_day", "grading_period")

#: A plan table's change counted (``{table}``, ``{event}``: names from PLAN_TABLES and the three events).
_PLAN_TRIGGER = (
    "CREATE TEMP TRIGGER IF NOT EXISTS iepdesk_{table}_{event} AFTER {event} ON main.{table} "
    "BEGIN UPDATE temp.iepdesk_plan_changes SET n = n + 1 WHERE name = '{table}'; END"
)

_SCHEMA = (
    "CREATE TEMP TABLE IF NOT EXISTS iepdesk_plan_changes (name TEXT PRIMARY KEY, n INTEGER NOT NULL)",
    # AUTOINCREMENT: a number is never given twice, even after the rows below it are pruned.
    "CREATE TEMP TABLE IF NOT EXISTS iepdesk_entry_changes "
    "(seq INTEGER PRIMARY KEY AUTOINCREMENT, provision INTEGER)",
    *(f"INSERT OR IGNORE INTO temp.iepdesk_plan_changes VALUES ('{t}', 0)" for t in PLAN_TABLES),  # noqa: S608
    *(_PLAN_TRIGGER.format(table=t, event=e) for t in PLAN_TABLES for e in ("INSERT", "UPDATE", "DELETE")),
    "CREATE TEMP TRIGGER IF NOT EXISTS iepdesk_entry_insert AFTER INSERT ON main.service_log_entry "
    "BEGIN INSERT INTO temp.iepdesk_entry_changes (provision) VALUES (NEW.provision_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS iepdesk_entry_update AFTER UPDATE ON main.service_log_entry "
    "BEGIN INSERT INTO temp.iepdesk_entry_changes (provision) VALUES (OLD.provision_id), "
    "(NEW.provision_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS iepdesk_entry_delete AFTER DELETE ON main.service_log_entry "
    "BEGIN INSERT INTO temp.iepdesk_entry_changes (provision) VALUES (OLD.provision_id); END",
)


def install(conn: Any) -> bool:
    """Start counting this connection's changes; False where it cannot (a read-only connection, a
    case without the tables): then every change must be taken as a change to everything."""
    try:
        conn.execute("SAVEPOINT iepdesk_change_log")
        try:
            for statement in _SCHEMA:
                conn.execute(statement)
        except BaseException:
            conn.execute("ROLLBACK TO iepdesk_change_log")
            raise
        finally:
            conn.execute("RELEASE iepdesk_change_log")
    except Exception:  # the connection cannot hold them: the caller falls back to "anything changed"
        return False
    return True


@dataclass(frozen=True)
class Stamp:
    """Where the plan stands on a connection: values kept under an equal stamp are still right."""

    data_version: int
    schema_version: int
    plan_changes: tuple[int, ...]


def stamp(conn: Any) -> Stamp:
    counts = dict(conn.execute("SELECT name, n FROM temp.iepdesk_plan_changes").fetchall())
    return Stamp(
        conn.execute("PRAGMA data_version").fetchone()[0],
        conn.execute("PRAGMA schema_version").fetchone()[0],
        tuple(counts.get(t, -1) for t in PLAN_TABLES),
    )


def last_entry_change(conn: Any) -> int:
    """The number of the latest logged entry change (0 when none)."""
    row = conn.execute("SELECT max(seq) FROM temp.iepdesk_entry_changes").fetchone()
    return int(row[0] or 0)


def entry_changes_since(conn: Any, seq: int) -> tuple[int, set[int]]:
    """The latest change's number, and the provisions whose entries changed after ``seq``."""
    rows = conn.execute(
        "SELECT seq, provision FROM temp.iepdesk_entry_changes WHERE seq > ?", (seq,)
    ).fetchall()
    if not rows:
        return seq, set()
    return max(r[0] for r in rows), {int(r[1]) for r in rows if r[1] is not None}


def forget_entry_changes(conn: Any, up_to: int) -> None:
    """Drop the logged changes every kept value has taken in (numbers up to ``up_to``)."""
    conn.execute("DELETE FROM temp.iepdesk_entry_changes WHERE seq <= ?", (up_to,))
