"""Every value of a JSON export checked against docs/case-format.md before anything is written.

A refused value is reported with its place in the file (``provisions[2].days_of_week``) and a plain
reason, so the parent (or whoever wrote the file) can fix that one value. Nothing of the case changes.
Codes are compared exactly: "Delivered" is not "delivered", and the message lists the allowed ones.

Each field's own rule is in ``RULES`` with valid examples (the tests fill records with them); every
field also gets the check of its column type (text, whole number, date, a link to another record).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from peewee import BooleanField, DateField, DateTimeField, Field, ForeignKeyField, IntegerField

from iepdesk.i18n import _
from iepdesk.model import ALL_MODELS, BaseModel, Child, Document
from iepdesk.model.calendar import DayOffKind, EntryCounting, LogReason, LogSource, LogStatus
from iepdesk.model.iep import Delivery, HowGiven, Period, ProvisionKind, VersionKind, VersionStatus
from iepdesk.model.progress import DataSource, GoalStatus
from iepdesk.model.vault import Channel, Direction, DocumentKind

#: A document's row in the export names its file beside the JSON (export only, not a column).
DOCUMENT_FILE_KEY = "file"
#: Informational keys of the export, beside the record sections.
#: ``shared_copy``: the export of a shared copy says whose copy it is (iepdesk.share.marker).
HEADER_KEYS = (
    "format",
    "format_version",
    "schema_version",
    "exported_by",
    "case_id",
    "case_created_at",
    "shared_copy",
)
FIRST_YEAR, LAST_YEAR = 1900, 2199
#: The largest whole number SQLite stores.
INT_RANGE = (-(2**63), 2**63 - 1)


class FormatError(ValueError):
    """The JSON is not an IEPDesk case export, or holds a value the format does not allow.

    ``path`` is where (``service_log[3].status``), empty for the file as a whole."""

    def __init__(self, reason: str, path: str = "") -> None:
        self.path = path
        self.reason = reason
        if path:
            message = _("{path}: {reason} Nothing was imported; the case is unchanged.")
        else:
            message = _("{reason} Nothing was imported; the case is unchanged.")
        super().__init__(message.format(path=path, reason=reason))


@dataclass(frozen=True)
class Rule:
    """``check(value)`` gives the reason a (non-null) value is refused, or None; ``examples`` are valid
    (none for free text, which any text but the refused ones fits)."""

    check: Callable[[Any], str | None]
    examples: tuple[Any, ...]


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def one_of(values: Iterable[Any]) -> Rule:
    allowed = tuple(v.value if hasattr(v, "value") else v for v in values)

    def check(value: Any) -> str | None:
        if value in allowed and type(value) is type(allowed[0]):
            return None
        listed = ", ".join(json.dumps(v) for v in allowed)
        return _("must be one of {listed} (exactly; found {value}).").format(
            listed=listed, value=_shown(value)
        )

    return Rule(check, allowed)


_WEEKDAYS = re.compile(r"^\s*[1-7]\s*(,\s*[1-7]\s*)*$")


def _weekday_list(value: Any) -> str | None:
    if value == "" or _WEEKDAYS.match(value):
        return None
    return _(
        "must be ISO weekday numbers (1 = Monday … 7 = Sunday) separated by "
        'commas, like "1,2,3,4,5", not {value}.'
    ).format(value=_shown(value))


WEEKDAYS = Rule(_weekday_list, ("1,2,3,4,5", "2,4", "", "6"))


def whole(low: int, high: int) -> Rule:
    def check(value: Any) -> str | None:
        return (
            None
            if low <= value <= high
            else _("must be a whole number from {low} to {high}, not {value}.").format(
                low=low, high=high, value=value
            )
        )

    return Rule(check, (low, high, (low + high) // 2, low + 1))


def _timestamp(value: Any) -> str | None:
    if value == "":
        return None
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return _('must be a date and time like "2026-03-04T15:30:00+00:00" (or ""), not {value}.').format(
            value=_shown(value)
        )
    return None


TIMESTAMP = Rule(_timestamp, ("", "2026-03-04T15:30:00+00:00", "2019-04-07T08:30:15"))
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")


def _moment(value: Any) -> str | None:
    good = bool(_DAY.match(value) or _MOMENT.match(value))
    if good:
        try:
            when = dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
            good = FIRST_YEAR <= when.year <= LAST_YEAR
        except ValueError:
            good = False
    return (
        None
        if good
        else _('must be a date ("2026-03-10") or a date and time ("2026-03-10T16:42"), not {value}.').format(
            value=_shown(value)
        )
    )


MOMENT = Rule(_moment, ("2026-03-10T16:42", "2026-03-10", "2019-12-31T23:59:59"))


def _json_object(value: Any) -> str | None:
    try:
        ok = isinstance(json.loads(value), dict)
    except ValueError:
        ok = False
    return None if ok else _("must be a JSON object written as text.")


def _digest_list(value: Any) -> str | None:
    try:
        items = json.loads(value)
    except ValueError:
        items = None
    ok = isinstance(items, list) and all(
        isinstance(i, list)
        and len(i) == 3
        and isinstance(i[0], str)
        and isinstance(i[1], int)
        and isinstance(i[2], str)
        and re.fullmatch(r"[0-9a-f]{64}", i[2])
        for i in items
    )
    return None if ok else _("must be a JSON list of [kind, id, sha256] written as text.")


def _hex64(value: Any) -> str | None:
    return None if re.fullmatch(r"[0-9a-f]{64}", value) else _("must be a sha256 checksum (64 hex digits).")


def _non_blank(value: Any) -> str | None:
    return None if value.strip() else _("may not be blank.")


def _json_text(value: Any) -> tuple[Any, str | None]:
    try:
        return json.loads(value), None
    except ValueError:
        return None, _("must be JSON text, not {value}.").format(value=_shown(value))


def _any_json(value: Any) -> str | None:
    return _json_text(value)[1]


def _selection(value: Any) -> str | None:
    data, problem = _json_text(value)
    if problem:
        return problem
    if not isinstance(data, dict):
        return _("must be a JSON object.")
    for key in ("incidents", "provisions", "communications"):
        ids = data.get(key, [])
        if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            return _('"{key}" must be a list of record ids.').format(key=key)
    for key in ("ledger_from", "ledger_to"):
        day = data.get(key)
        if day is not None and _date_problem(day):
            return _('"{key}" must be a date like "2026-03-31" or null.').format(key=key)
    return None


def _details(value: Any) -> str | None:
    data, problem = _json_text(value)
    if problem:
        return problem
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        return _("must be a JSON object of texts.")
    return None


def _letter_kinds() -> tuple[str, ...]:
    from iepdesk.letters.drafts import KINDS

    return KINDS


LINK_KINDS = ("document", "communication", "incident", "provision", "log_entry", "iep_version")
EMPTY_SELECTION = (
    '{"incidents": [], "provisions": [], "communications": [], "ledger_from": null, "ledger_to": null}'
)


def _goal_value(value: Any) -> str | None:
    """A data point's value: a plain number as typed (schema 9), as the progress page needs it."""
    from iepdesk.progress import values

    return values.problem(value) if isinstance(value, str) else None


def _goal_number(value: Any) -> str | None:
    """A goal's baseline or target number: "" (not given) or a plain number (schema 9)."""
    return None if value == "" else _goal_value(value)


RULES: dict[tuple[str, str], Rule] = {
    ("child", "name"): Rule(_non_blank, ()),  # free text: any that is not blank
    ("iep_versions", "kind"): one_of(VersionKind),
    ("iep_versions", "status"): one_of(VersionStatus),
    ("provisions", "kind"): one_of(ProvisionKind),
    ("provisions", "minutes_per_session"): whole(0, 9999),
    ("provisions", "sessions_per_period"): whole(0, 9999),
    ("provisions", "period"): one_of(Period),
    ("provisions", "delivery"): one_of(Delivery),
    ("provisions", "how_given"): one_of(HowGiven),
    ("provisions", "days_of_week"): WEEKDAYS,
    ("school_years", "weekdays"): WEEKDAYS,
    ("non_school_days", "kind"): one_of(DayOffKind),
    ("non_school_days", "source"): one_of(("manual", "ics")),
    ("service_log", "status"): one_of(LogStatus),
    ("service_log", "minutes"): whole(0, 24 * 60),
    ("service_log", "reason"): one_of(LogReason),
    ("service_log", "source"): one_of(LogSource),
    ("service_log", "counting"): one_of(EntryCounting),
    ("service_log", "entered_at"): TIMESTAMP,
    ("incidents", "entered_at"): TIMESTAMP,
    ("case_settings", "value"): Rule(_any_json, ("85", '"min_days"', '["student_absent"]', "{}")),
    ("documents", "kind"): one_of(DocumentKind),
    ("documents", "size"): whole(0, INT_RANGE[1]),
    ("documents", "sha256"): Rule(_hex64, ("0" * 64, "ab" * 32)),
    ("documents", "imported_at"): TIMESTAMP,
    ("communications", "when"): MOMENT,
    ("communications", "channel"): one_of(Channel),
    ("communications", "direction"): one_of(Direction),
    ("communications", "follow_up_done"): one_of((0, 1)),
    ("links", "from_kind"): one_of(LINK_KINDS),
    ("links", "to_kind"): one_of(LINK_KINDS),
    ("letters", "kind"): Rule(lambda v: one_of(_letter_kinds()).check(v), ("concerns-letter", "pwn-request")),
    ("letters", "selection"): Rule(_selection, ("{}", EMPTY_SELECTION)),
    ("letters", "details"): Rule(_details, ("{}", '{"recipient": "Ms. Rivera"}')),
    ("letters", "created_at"): TIMESTAMP,
    ("letters", "updated_at"): TIMESTAMP,
    ("letters", "language"): one_of(("en", "es")),  # schema 8; an earlier export has none: "en"
    ("letter_revisions", "saved_at"): TIMESTAMP,
    # Schema 9 (issue 17): the goal numbers and data points must be numbers the progress page reads.
    ("provisions", "baseline_value"): Rule(_goal_number, ("", "40", "62.5")),
    ("provisions", "target_value"): Rule(_goal_number, ("", "80", "0")),
    ("goal_data_points", "value"): Rule(_goal_value, ("45", "62.5", "-3")),
    ("goal_data_points", "source"): one_of(DataSource),
    ("goal_data_points", "entered_at"): TIMESTAMP,
    ("progress_reports", "entered_at"): TIMESTAMP,
    ("progress_report_goals", "status"): one_of(GoalStatus),
    # Schema 10 (issue 18): when a communication was written, the entries' earlier versions, and the
    # fingerprints printed in binders.
    ("communications", "entered_at"): TIMESTAMP,
    ("record_versions", "kind"): one_of(("log_entry", "incident", "communication", "data_point")),
    ("record_versions", "version"): whole(1, INT_RANGE[1]),
    ("record_versions", "saved_at"): TIMESTAMP,
    ("record_versions", "change"): one_of(("edited", "deleted")),
    ("record_versions", "entered_at"): TIMESTAMP,
    ("record_versions", "content"): Rule(_json_object, ('{"note": "as first written"}',)),
    ("printed_records", "printed_at"): TIMESTAMP,
    ("printed_records", "fingerprint"): Rule(_hex64, ("0" * 64, "ab" * 32)),
    ("printed_records", "counts"): Rule(_json_object, ("{}", '{"log_entry": 3}')),
    ("printed_records", "digests"): Rule(_digest_list, ("[]", '[["log_entry", 1, "' + "ab" * 32 + '"]]')),
}


def _setting_problem(key: str, value: Any) -> str | None:
    """The settings the ledger reads (iepdesk.case_settings): each of its own type and range."""
    from iepdesk.case_settings import PARTIAL_SLOT_RULES, VERSION_CHANGE_RULES

    if key == "shortfall_threshold_pct":
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100
        return None if ok else _("must be a whole number from 0 to 100.")
    if key == "partial_slot_rule":
        return one_of(PARTIAL_SLOT_RULES).check(value)
    if key == "version_change_rule":
        return one_of(VERSION_CHANGE_RULES).check(value)
    if key == "binder_options":
        return _binder_options_problem(value)
    if key == "excused_reasons":
        allowed = tuple(r.value for r in LogReason)
        if not isinstance(value, list) or not all(isinstance(v, str) and v in allowed for v in value):
            return _("must be a list of reason codes from {names}.").format(
                names=", ".join(json.dumps(v) for v in allowed)
            )
    return None


def _binder_options_problem(value: Any) -> str | None:
    """The binder's remembered choices (iepdesk.export.binder_data.BinderOptions)."""
    from iepdesk.export.binder_data import SECTIONS

    if not isinstance(value, dict):
        return _("must be a JSON object of the binder's choices.")
    for key in ("start", "end"):
        if _date_problem(value.get(key)):
            return _('"{key}" must be a date like "2026-03-31".').format(key=key)
    if value["start"] > value["end"]:
        return _('"end" is before "start".')
    if value.get("meeting_date") is not None and _date_problem(value["meeting_date"]):
        return _('"meeting_date" must be a date like "2026-03-31" or null.')
    known = [s for s, _label in SECTIONS]
    sections = value.get("sections", known)
    if not isinstance(sections, list) or not all(s in known for s in sections):
        return _('"sections" must be a list of {names}.').format(
            names=", ".join(json.dumps(s) for s in known)
        )
    ids = value.get("document_ids", [])
    if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return _('"document_ids" must be a list of document ids.')
    if value.get("page_size", "letter") not in ("letter", "a4"):
        return _('"page_size" must be "letter" or "a4".')
    if not isinstance(value.get("duplex", False), bool):
        return _('"duplex" must be true or false.')
    for key in ("prepared_by", "concerns"):
        if not isinstance(value.get(key, ""), str):
            return _('"{key}" must be text.').format(key=key)
    return None


def _date_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not _DAY.match(value):
        return _('must be a date like "2026-03-31" (ISO 8601) or null, not {value}.').format(
            value=_shown(value)
        )
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return _("is not a real date: {value}.").format(value=_shown(value))
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        return _("must be a date between the years {first} and {last}, not {value}.").format(
            first=FIRST_YEAR, last=LAST_YEAR, value=_shown(value)
        )
    return None


def _fields(model: type[BaseModel]) -> list[Field]:
    return list(model._meta.sorted_fields)


def _is_integer(field: Field) -> bool:
    return isinstance(field, IntegerField | ForeignKeyField) or field.field_type in ("AUTO", "INT")


def convert(field: Field, value: Any, path: str) -> Any:
    """The stored value for ``value`` (a date from ISO text, …), or FormatError with ``path``."""
    if value is None:  # an id may be left out (one is given), but not null
        if not field.null:
            raise FormatError(_("may not be empty (null)."), path)
        return None
    if isinstance(field, DateTimeField):
        if not isinstance(value, str):
            raise FormatError(
                _("must be a date and time in ISO 8601, not {value}.").format(value=_shown(value)), path
            )
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise FormatError(
                _("must be a date and time in ISO 8601, not {value}.").format(value=_shown(value)), path
            ) from None
    if isinstance(field, DateField):
        problem = _date_problem(value)
        if problem:
            raise FormatError(problem, path)
        return dt.date.fromisoformat(value)
    if isinstance(field, BooleanField):
        if not isinstance(value, bool):
            raise FormatError(_("must be true or false."), path)
        return value
    if _is_integer(field):
        if not isinstance(value, int) or isinstance(value, bool):
            raise FormatError(_("must be a whole number, not {value}.").format(value=_shown(value)), path)
        if not INT_RANGE[0] <= value <= INT_RANGE[1]:
            raise FormatError(_("is too large."), path)
        return value
    if not isinstance(value, str):
        raise FormatError(_("must be text, not {value}.").format(value=_shown(value)), path)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise FormatError(_("holds a character that is not valid text (a lone surrogate)."), path) from None
    return value


@dataclass(frozen=True)
class Section:
    """One model's rows, checked and converted, ready to insert; ``files`` for documents."""

    model: type[BaseModel]
    rows: list[dict[str, Any]]
    files: list[str | None]


def check_document(document: Any, newest_version: int) -> list[Section]:
    """Check the whole export; every refusal names where. Nothing is written."""
    if not isinstance(document, dict) or document.get("format") != "iepdesk-case":
        raise FormatError(_("This file is not an IEPDesk case export."))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError(_("must be a whole number from 1."), "format_version")
    if version > newest_version:
        raise FormatError(_("This export was made by a newer IEPDesk; update IEPDesk to import it."))
    sections = {m.json_name: m for m in ALL_MODELS}
    unknown = sorted(set(document) - set(sections) - set(HEADER_KEYS))
    if unknown:
        raise FormatError(
            _("is not a part of the case format (known: {names}).").format(names=", ".join(sections)),
            unknown[0],
        )
    ids: dict[str, set[Any]] = {}
    out = []
    for model in ALL_MODELS:
        out.append(_check_section(model, document.get(model.json_name, []), ids))
    return out


def _check_section(model: type[BaseModel], rows: Any, ids: dict[str, set[Any]]) -> Section:
    table = model.json_name
    if not isinstance(rows, list):
        raise FormatError(_("must be a list."), table)
    if model is Child and len(rows) != 1:
        raise FormatError(_("must hold exactly one child (it holds {rows}).").format(rows=len(rows)), table)
    columns = {f.name: f for f in _fields(model)}
    pk_name = str(model._meta.primary_key.name)  # type: ignore[union-attr]
    seen: dict[Any, int] = {}
    converted: list[dict[str, Any]] = []
    files: list[str | None] = []
    for index, row in enumerate(rows):
        where = f"{table}[{index}]"
        if not isinstance(row, dict):
            raise FormatError(_("must be an object."), where)
        extra = set(row) - set(columns) - ({DOCUMENT_FILE_KEY} if model is Document else set())
        if extra:
            raise FormatError(_("is not a field of this record."), f"{where}.{sorted(extra)[0]}")
        if model is Document:
            name = row.get(DOCUMENT_FILE_KEY)
            if name is not None and (not isinstance(name, str) or not name.strip()):
                raise FormatError(
                    _("must be the name of the document's file."), f"{where}.{DOCUMENT_FILE_KEY}"
                )
            files.append(name)
        record = _check_row(model, columns, row, where, ids)
        if pk_name in record:
            key = record[pk_name]
            if key in seen:
                raise FormatError(
                    _("repeats {key}, already used by {table}[{index}].").format(
                        key=_shown(key), table=table, index=seen[key]
                    ),
                    f"{where}.{pk_name}",
                )
            seen[key] = index
        converted.append(record)
    ids[table] = set(seen)
    return Section(model, converted, files)


def _check_row(
    model: type[BaseModel],
    columns: dict[str, Field],
    row: dict[str, Any],
    where: str,
    ids: dict[str, set[Any]],
) -> dict[str, Any]:
    table = model.json_name
    out: dict[str, Any] = {}
    for name, field in columns.items():
        path = f"{where}.{name}"
        if name not in row:
            if not field.null and field.default is None and not field.primary_key:
                raise FormatError(_("is required."), path)
            continue
        value = convert(field, row[name], path)
        if value is not None:
            rule = RULES.get((table, name))
            problem = rule.check(value) if rule is not None else None
            if problem:
                raise FormatError(problem, path)
            if isinstance(field, ForeignKeyField):
                parent = field.rel_model.json_name
                if value not in ids.get(parent, set()):
                    raise FormatError(
                        _("links to {parent} id {value}, which is not in the file.").format(
                            parent=parent, value=value
                        ),
                        path,
                    )
        out[name] = value
    if table == "case_settings" and isinstance(out.get("value"), str):
        problem = _setting_problem(str(out.get("key", "")), json.loads(out["value"]))
        if problem:
            raise FormatError(problem, f"{where}.value")
    return out
