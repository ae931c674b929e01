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
from iepdesk.i18n import _

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


_v3_calendar_log_incidents = _statements(
    "ALTER TABLE provision ADD COLUMN days_of_week VARCHAR(20) NOT NULL DEFAULT ''",
    """
        CREATE TABLE school_year (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR(50) NOT NULL,
            first_day DATE NOT NULL,
            last_day DATE NOT NULL,
            weekdays VARCHAR(20) NOT NULL DEFAULT '1,2,3,4,5'
        )""",
    """
        CREATE TABLE non_school_day (
            id INTEGER NOT NULL PRIMARY KEY,
            first_day DATE NOT NULL,
            last_day DATE NOT NULL,
            kind VARCHAR(20) NOT NULL DEFAULT 'holiday',
            label VARCHAR(200) NOT NULL DEFAULT '',
            source VARCHAR(20) NOT NULL DEFAULT 'manual',
            source_uid VARCHAR(300) NOT NULL DEFAULT ''
        )""",
    """
        CREATE TABLE grading_period (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR(100) NOT NULL,
            first_day DATE NOT NULL,
            last_day DATE NOT NULL
        )""",
    """
        CREATE TABLE service_log_entry (
            id INTEGER NOT NULL PRIMARY KEY,
            provision_id INTEGER NOT NULL REFERENCES provision (id) ON DELETE RESTRICT,
            date DATE NOT NULL,
            status VARCHAR(20) NOT NULL,
            minutes INTEGER,
            reason VARCHAR(30),
            source VARCHAR(30),
            note TEXT NOT NULL DEFAULT '',
            entered_at VARCHAR(40) NOT NULL DEFAULT ''
        )""",
    "CREATE INDEX service_log_entry_date ON service_log_entry (date)",
    "CREATE INDEX service_log_entry_provision_id ON service_log_entry (provision_id)",
    """
        CREATE TABLE incident (
            id INTEGER NOT NULL PRIMARY KEY,
            date DATE NOT NULL,
            what_happened TEXT NOT NULL DEFAULT '',
            reported_by VARCHAR(200) NOT NULL DEFAULT '',
            child_words TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '',
            entered_at VARCHAR(40) NOT NULL DEFAULT ''
        )""",
    "CREATE INDEX incident_date ON incident (date)",
    """
        CREATE TABLE incident_provision (
            id INTEGER NOT NULL PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            provision_id INTEGER NOT NULL REFERENCES provision (id) ON DELETE RESTRICT
        )""",
    "CREATE INDEX incident_provision_incident_id ON incident_provision (incident_id)",
    "CREATE INDEX incident_provision_provision_id ON incident_provision (provision_id)",
    """
        CREATE TABLE case_setting (
            key VARCHAR(64) NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        )""",
)


#: What the search index holds for each kind of record: (table, code, title SQL, body SQL).
#: An index row's rowid is code * 2**40 + the record's id, so a change finds its row at once.
SEARCH_SOURCES: tuple[tuple[str, int, str, str], ...] = (
    (
        "provision",
        1,
        "{r}.title",
        "{r}.iep_wording || ' ' || {r}.location || ' ' || {r}.provider_role || ' ' || {r}.applies_when"
        " || ' ' || {r}.area || ' ' || {r}.baseline || ' ' || {r}.target || ' ' || {r}.measurement",
    ),
    (
        "incident",
        2,
        "'Incident ' || {r}.date",
        "{r}.what_happened || ' ' || {r}.child_words || ' ' || {r}.evidence || ' ' || {r}.reported_by",
    ),
    ("service_log_entry", 3, "'Log ' || {r}.date || ' ' || {r}.status", "{r}.note"),
    ("communication", 4, "{r}.subject", "{r}.body || ' ' || {r}.other_people"),
    ("document", 5, "{r}.title || ' ' || {r}.filename", "{r}.text || ' ' || {r}.notes || ' ' || {r}.tags"),
)


def _search_statements() -> list[str]:
    # Built only from the constants above, never from user input (hence the noqa on S608 below).
    out = [
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
    ]
    for table, code, title, body in SEARCH_SOURCES:
        rowid = f"({code} * 1099511627776 + {{r}}.id)"
        insert = (
            f"INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES "  # noqa: S608
            f"({rowid}, '{table}', {{r}}.id, {title}, {body});"
        )
        delete = f"DELETE FROM search_index WHERE rowid = {rowid};"  # noqa: S608
        out += [
            f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN "
            + insert.format(r="new")
            + " END",
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN "
            + delete.format(r="old")
            + " END",
            f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN "
            + delete.format(r="old")
            + " "
            + insert.format(r="new")
            + " END",
            # Records written before the index existed.
            f"INSERT INTO search_index (rowid, kind, ref_id, title, body) SELECT "  # noqa: S608
            f"{rowid.format(r=table)}, '{table}', {table}.id, {title.format(r=table)}, "
            f"{body.format(r=table)} FROM {table}",
        ]
    return out


_v4_vault_communications_search = _statements(
    """
        CREATE TABLE document (
            id INTEGER NOT NULL PRIMARY KEY,
            title VARCHAR(300) NOT NULL,
            filename VARCHAR(300) NOT NULL,
            media_type VARCHAR(100) NOT NULL DEFAULT 'application/octet-stream',
            kind VARCHAR(30) NOT NULL DEFAULT 'other',
            doc_date DATE,
            size INTEGER NOT NULL DEFAULT 0,
            sha256 VARCHAR(64) NOT NULL,
            tags VARCHAR(500) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            preview_note VARCHAR(300) NOT NULL DEFAULT '',
            imported_at VARCHAR(40) NOT NULL DEFAULT ''
        )""",
    "CREATE INDEX document_sha256 ON document (sha256)",
    """
        CREATE TABLE document_chunk (
            id INTEGER NOT NULL PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL
        )""",
    "CREATE UNIQUE INDEX document_chunk_document_seq ON document_chunk (document_id, seq)",
    """
        CREATE TABLE communication (
            id INTEGER NOT NULL PRIMARY KEY,
            "when" VARCHAR(25) NOT NULL,
            channel VARCHAR(20) NOT NULL DEFAULT 'email',
            direction VARCHAR(20) NOT NULL DEFAULT 'from_school',
            other_people VARCHAR(500) NOT NULL DEFAULT '',
            subject VARCHAR(300) NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            follow_up DATE,
            follow_up_done INTEGER NOT NULL DEFAULT 0
        )""",
    'CREATE INDEX communication_when ON communication ("when")',
    """
        CREATE TABLE communication_person (
            id INTEGER NOT NULL PRIMARY KEY,
            communication_id INTEGER NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE
        )""",
    "CREATE INDEX communication_person_communication_id ON communication_person (communication_id)",
    """
        CREATE TABLE link (
            id INTEGER NOT NULL PRIMARY KEY,
            from_kind VARCHAR(20) NOT NULL,
            from_id INTEGER NOT NULL,
            to_kind VARCHAR(20) NOT NULL,
            to_id INTEGER NOT NULL
        )""",
    "CREATE INDEX link_from ON link (from_kind, from_id)",
    "CREATE INDEX link_to ON link (to_kind, to_id)",
    *_search_statements(),
)


_v5_letters_and_parent = _statements(
    "ALTER TABLE child ADD COLUMN home_address TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE child ADD COLUMN parent_name VARCHAR(200) NOT NULL DEFAULT ''",
    "ALTER TABLE child ADD COLUMN parent_email VARCHAR(200) NOT NULL DEFAULT ''",
    "ALTER TABLE child ADD COLUMN parent_phone VARCHAR(50) NOT NULL DEFAULT ''",
    "ALTER TABLE child ADD COLUMN parent_address TEXT NOT NULL DEFAULT ''",
    """
        CREATE TABLE letter (
            id INTEGER NOT NULL PRIMARY KEY,
            kind VARCHAR(30) NOT NULL,
            title VARCHAR(300) NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            selection TEXT NOT NULL DEFAULT '{}',
            details TEXT NOT NULL DEFAULT '{}',
            created_at VARCHAR(40) NOT NULL DEFAULT '',
            updated_at VARCHAR(40) NOT NULL DEFAULT '',
            sent_on DATE
        )""",
    """
        CREATE TABLE letter_revision (
            id INTEGER NOT NULL PRIMARY KEY,
            letter_id INTEGER NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
            saved_at VARCHAR(40) NOT NULL,
            body TEXT NOT NULL
        )""",
    "CREATE INDEX letter_revision_letter_id ON letter_revision (letter_id)",
)


_v6_notes_to_propose = _statements(
    "ALTER TABLE provision ADD COLUMN to_propose TEXT NOT NULL DEFAULT ''",
)


_v7_how_an_entry_counts = _statements(
    "ALTER TABLE service_log_entry ADD COLUMN counting VARCHAR(20) NOT NULL DEFAULT ''",
)


_v8_letter_language_and_copy = _statements(
    "ALTER TABLE letter ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'en'",
    "ALTER TABLE letter ADD COLUMN copy_of INTEGER",
)


_v9_goal_progress_and_state = _statements(
    "ALTER TABLE child ADD COLUMN state VARCHAR(2) NOT NULL DEFAULT ''",
    "ALTER TABLE provision ADD COLUMN baseline_value VARCHAR(40) NOT NULL DEFAULT ''",
    "ALTER TABLE provision ADD COLUMN target_value VARCHAR(40) NOT NULL DEFAULT ''",
    "ALTER TABLE provision ADD COLUMN unit VARCHAR(100) NOT NULL DEFAULT ''",
    """
        CREATE TABLE progress_report (
            id INTEGER NOT NULL PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES iep_version (id) ON DELETE RESTRICT,
            expected_on DATE,
            received_on DATE NOT NULL,
            document_id INTEGER,
            note TEXT NOT NULL DEFAULT '',
            entered_at VARCHAR(40) NOT NULL DEFAULT ''
        )""",
    "CREATE INDEX progress_report_version_id ON progress_report (version_id)",
    """
        CREATE TABLE goal_data_point (
            id INTEGER NOT NULL PRIMARY KEY,
            provision_id INTEGER NOT NULL REFERENCES provision (id) ON DELETE RESTRICT,
            measured_on DATE NOT NULL,
            value VARCHAR(40) NOT NULL,
            unit VARCHAR(100) NOT NULL DEFAULT '',
            source VARCHAR(30) NOT NULL DEFAULT 'parent_observation',
            measured_by VARCHAR(200) NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            report_id INTEGER REFERENCES progress_report (id) ON DELETE CASCADE,
            entered_at VARCHAR(40) NOT NULL DEFAULT ''
        )""",
    "CREATE INDEX goal_data_point_provision_id ON goal_data_point (provision_id)",
    "CREATE INDEX goal_data_point_measured_on ON goal_data_point (measured_on)",
    "CREATE INDEX goal_data_point_report_id ON goal_data_point (report_id)",
    """
        CREATE TABLE reported_status (
            id INTEGER NOT NULL PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES progress_report (id) ON DELETE CASCADE,
            provision_id INTEGER NOT NULL REFERENCES provision (id) ON DELETE RESTRICT,
            status VARCHAR(30) NOT NULL,
            words TEXT NOT NULL DEFAULT ''
        )""",
    "CREATE INDEX reported_status_report_id ON reported_status (report_id)",
    "CREATE INDEX reported_status_provision_id ON reported_status (provision_id)",
)


#: The records whose history is kept (issue 18): (kind, table, columns, linked ids (name, table,
#: link column, id column) or None). Each edit or removal saves the row as it was, as JSON, in
#: record_version, from a trigger: no write path (the window, the CLI, an import of a provider's log,
#: undo) can change an entry without leaving its earlier wording. ``follow_up_done`` (ticking a
#: follow-up) and ``entered_at`` are not part of what is kept.
HISTORY_SOURCES: tuple[tuple[str, str, tuple[str, ...], tuple[str, str, str, str] | None], ...] = (
    (
        "log_entry",
        "service_log_entry",
        ("provision_id", "date", "status", "minutes", "reason", "source", "counting", "note"),
        None,
    ),
    (
        "incident",
        "incident",
        ("date", "what_happened", "reported_by", "child_words", "evidence"),
        ("provisions", "incident_provision", "incident_id", "provision_id"),
    ),
    (
        "communication",
        "communication",
        ("when", "channel", "direction", "other_people", "subject", "body", "follow_up"),
        ("people", "communication_person", "communication_id", "contact_id"),
    ),
    (
        "data_point",
        "goal_data_point",
        ("provision_id", "measured_on", "value", "unit", "source", "measured_by", "note", "report_id"),
        None,
    ),
)

#: SQLite's "now" written as the core writes its own times (datetime.isoformat, seconds, UTC).
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"


def history_content_sql(kind: str, row: str) -> str:
    """The JSON of one record of ``kind`` as record_version keeps it, for the row named ``row``
    (``OLD`` in a trigger, the table's name in a SELECT). Built only from the constants above."""
    _kind, _table, columns, linked = next(s for s in HISTORY_SOURCES if s[0] == kind)
    parts = [f"'{c}', {row}.\"{c}\"" for c in columns]
    if linked is not None:
        name, link_table, link_column, id_column = linked
        parts.append(
            f"'{name}', json((SELECT json_group_array({id_column}) FROM (SELECT {id_column} FROM "  # noqa: S608
            f"{link_table} WHERE {link_column} = {row}.id ORDER BY {id_column})))"
        )
    return "json_object(" + ", ".join(parts) + ")"


def _history_statements() -> list[str]:
    out = [
        """
        CREATE TABLE record_version (
            id INTEGER NOT NULL PRIMARY KEY,
            kind VARCHAR(20) NOT NULL,
            record_id INTEGER NOT NULL,
            version INTEGER NOT NULL,
            saved_at VARCHAR(40) NOT NULL,
            change VARCHAR(10) NOT NULL DEFAULT 'edited',
            entered_at VARCHAR(40) NOT NULL DEFAULT '',
            content TEXT NOT NULL
        )""",
        "CREATE INDEX record_version_record ON record_version (kind, record_id, version)",
        """
        CREATE TABLE printed_record (
            id INTEGER NOT NULL PRIMARY KEY,
            printed_at VARCHAR(40) NOT NULL,
            fingerprint VARCHAR(64) NOT NULL,
            period_start DATE,
            period_end DATE,
            counts TEXT NOT NULL DEFAULT '{}',
            digests TEXT NOT NULL DEFAULT '[]'
        )""",
        "CREATE INDEX printed_record_fingerprint ON printed_record (fingerprint)",
        "ALTER TABLE communication ADD COLUMN entered_at VARCHAR(40) NOT NULL DEFAULT ''",
    ]
    for kind, table, _columns, _linked in HISTORY_SOURCES:
        content = history_content_sql(kind, "OLD")
        # A removal is kept BEFORE the row goes, while its linked ids (cascaded) are still there.
        for when, event, change in (("AFTER", "UPDATE", "edited"), ("BEFORE", "DELETE", "deleted")):
            out.append(
                f"CREATE TRIGGER {table}_history_{event.lower()} {when} {event} ON {table} BEGIN "  # noqa: S608
                "INSERT INTO record_version (kind, record_id, version, saved_at, change, entered_at, "
                f"content) VALUES ('{kind}', OLD.id, (SELECT COALESCE(MAX(version), 0) + 1 FROM "
                f"record_version WHERE kind = '{kind}' AND record_id = OLD.id), {NOW_SQL}, '{change}', "
                f"OLD.entered_at, {content}); END"
            )
    return out


_v10_entry_history = _statements(*_history_statements())


LADDER: tuple[Migration, ...] = (
    Migration(1, "child, team contacts and case facts", _v1_child_and_team),
    Migration(
        2, "IEP versions and provisions; the child's last evaluation date", _v2_iep_versions_and_provisions
    ),
    Migration(3, "school calendar, service log, incidents, case settings", _v3_calendar_log_incidents),
    Migration(4, "document vault, communications, links, full-text search", _v4_vault_communications_search),
    Migration(
        5, "letters and their history; home address and parent contact details", _v5_letters_and_parent
    ),
    Migration(6, "each provision's notes to propose at the next meeting", _v6_notes_to_propose),
    Migration(7, "how a log entry counts beside another source's entry of that day", _v7_how_an_entry_counts),
    Migration(8, "a letter's language; the parent's copy in another language", _v8_letter_language_and_copy),
    Migration(
        9,
        "goal data points, progress reports and the goals' numbers; the child's state",
        _v9_goal_progress_and_state,
    ),
    Migration(
        10,
        "when each communication was written; the edit history of log entries, incidents, "
        "communications and data points; the fingerprints printed in binders",
        _v10_entry_history,
    ),
)

LATEST_VERSION = LADDER[-1].version


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection, ladder: tuple[Migration, ...] | None = None) -> list[Migration]:
    """The steps still to run, or an error if the case is newer than this program."""
    ladder = ladder if ladder is not None else LADDER  # read at call time, so tests can extend it
    current = schema_version(conn)
    latest = ladder[-1].version
    if current > latest:
        raise NewerCaseVersionError(
            _(
                "This case was saved by a newer version of IEPDesk (case format {current}; this "
                "program reads up to {latest}). Install the newer IEPDesk to open it; nothing was changed."
            ).format(current=current, latest=latest)
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
