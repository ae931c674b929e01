"""How the history shows a record's fields: their names and values in the words of the record's own
form (the log entry, incident, communication and data point forms), dates written out in the
current language. One home: the History window, ``iepdesk verify`` and the binder's appendix all
read them here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iepdesk.i18n import N_, _, ngettext, pgettext

#: The kinds of record with a history, and what one is called.
KIND_NAMES = {
    "log_entry": N_("Log entry"),
    "incident": N_("Incident"),
    "communication": N_("Communication"),
    "data_point": N_("Data point"),
}

#: Each kind's fields, named as its form labels them (ui/calendar/entry_form.py,
#: ui/incidents/incident_dialog.py, ui/comms/form.py, ui/progress/point_dialog.py).
FIELD_NAMES: dict[str, dict[str, str]] = {
    "log_entry": {
        "provision_id": N_("Service"),
        "date": N_("Date"),
        "status": N_("What happened"),
        "minutes": N_("Minutes given"),
        "reason": N_("Why"),
        "source": N_("How you know"),
        "counting": N_("Logged twice"),
        "note": N_("Note"),
    },
    "incident": {
        "date": N_("Date"),
        "what_happened": N_("What happened"),
        "reported_by": N_("Reported by"),
        "child_words": N_("The child's own words"),
        "evidence": N_("Evidence"),
        "provisions": N_("About"),
    },
    "communication": {
        "when": N_("When"),
        "channel": N_("How"),
        "direction": N_("To or from the school"),
        "other_people": N_("Other people"),
        "subject": N_("Subject"),
        "body": N_("Message or summary"),
        "follow_up": N_("Follow-up"),
        "people": N_("People"),
    },
    "data_point": {
        "provision_id": N_("Goal"),
        "measured_on": N_("Date"),
        "value": N_("Value"),
        "unit": N_("Unit"),
        "source": N_("How we know"),
        "measured_by": N_("Who measured"),
        "note": N_("Note"),
        "report_id": N_("Progress report"),
    },
}


def status_words(status: object) -> str:
    """What happened at a session, as the log entry form offers it (status_choices); "a session"
    tells "Missed" and "Cut short" apart from the ledger's columns of the same English words."""
    words = {
        "delivered": _("Delivered as planned"),
        "shortened": pgettext("a session", "Cut short"),
        "missed": pgettext("a session", "Missed"),
        "makeup": _("Make-up session"),
    }
    text = str(status or "")
    return words.get(text, text.replace("_", " "))


#: How the parent knows of a session (LogSource), as the log entry form offers it; "" is "Not said".
SOURCES = {
    "": N_("Not said"),
    "parent_saw": N_("I saw it"),
    "child_reported": N_("My child told me"),
    "provider_log": N_("Provider's log"),
    "school_record": N_("School record"),
}

#: How a log entry counts beside another source's record of the same session (EntryCounting), in
#: the words of the window's entry form; "" (the default) counts by the order of sources.
COUNTINGS = {
    "": N_("One session: count the surer record"),
    "separate": N_("A separate session of its own"),
    "preferred": N_("One session: count this record"),
}

#: A communication's channel and direction, as its form offers them.
CHANNELS = {
    "email": N_("Email"),
    "phone": N_("Phone call"),
    "meeting": N_("Meeting"),
    "letter": N_("Letter"),
    "portal": N_("Portal message"),
    "in_person": N_("In person"),
}
DIRECTIONS = {"to_school": N_("To the school"), "from_school": N_("From the school")}

#: Fields that hold a day, and those that hold a list of ids.
_DAYS = ("date", "measured_on", "follow_up")
_LISTS = ("provisions", "people")


def kind_name(kind: str) -> str:
    return _(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def field_name(field: str, kind: str = "") -> str:
    """A field's name as the kind's form labels it; a field no form has, as stored."""
    for table in [FIELD_NAMES.get(kind, {}), *FIELD_NAMES.values()]:
        if field in table:
            return _(table[field])
    return field.replace("_", " ")


def _long_date(day: dt.date) -> str:
    from iepdesk.i18n import long_date

    return long_date(day)


def moment_text(stamp: str) -> str:
    """A stored UTC time ("2026-03-04T15:30:00+00:00") in this computer's time: "March 4, 2026,
    10:30 AM" ("4 de marzo de 2026, 10:30 a.m."). A time with no zone (a communication's "when", as
    the parent typed it) is shown as it is; a day alone, as the day."""
    from iepdesk.i18n.formats import short_time

    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if len(stamp.strip()) <= 10:
        return _long_date(moment.date())
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return _("{day}, {time}").format(day=_long_date(moment.date()), time=short_time(moment.time()))


def day_text(value: object) -> str:
    """A stored day ("2025-09-09") written out: "September 9, 2025" ("9 de septiembre de 2025")."""
    text = str(value or "")
    try:
        return _long_date(dt.date.fromisoformat(text[:10]))
    except ValueError:
        return text


def written_text(entered_at: str) -> str:
    """ "Written on 3/4/2026 10:30 AM", or that the time was not recorded (an entry from before
    IEPDesk kept it): never a guessed time."""
    if not entered_at:
        return _("Written on: not recorded")
    return _("Written on {moment}").format(moment=moment_text(entered_at))


def edited_text(edited_at: str) -> str:
    return _("Edited on {moment}").format(moment=moment_text(edited_at))


def _table_word(table: dict[str, str], value: object) -> str:
    text = str(value or "")
    found = table.get(text)
    return _(found) if found is not None else text.replace("_", " ")


def _minutes_text(value: object, record: dict[str, Any]) -> str:
    """A log entry's minutes: a number, or what empty minutes mean for its status
    (docs/counting-rules.md): as planned when delivered or made up, not given when cut short or
    missed."""
    if isinstance(value, int):
        return ngettext("{count} minute", "{count} minutes", value).format(count=value)
    if value not in (None, ""):
        return str(value)
    if record.get("status") in ("shortened", "missed"):
        return _("Not given")
    return _("As planned")


def _names(kind: str, ids: list[Any], names: dict[tuple[str, int], str]) -> str:
    return "; ".join(names.get((kind, int(v)), f"#{v}") for v in ids)


def value_text(
    field: str,
    value: object,
    names: dict[tuple[str, int], str],
    kind: str = "log_entry",
    record: dict[str, Any] | None = None,
) -> str:
    """A stored value in the words of the kind's form; ``names`` gives provisions' titles, contacts'
    names and progress reports' names by id; ``record`` is the whole record the value is from (what
    a log entry's empty minutes mean depends on its status)."""
    record = record or {}
    if kind == "log_entry":
        if field == "counting":
            return _table_word(COUNTINGS, value) if value else _(COUNTINGS[""])
        if field == "source":
            return _table_word(SOURCES, value) if value else _(SOURCES[""])
        if field == "minutes":
            return _minutes_text(value, record)
        if field == "reason" and not value:
            return _("(no reason given)")
    if field in _LISTS:
        if not value:
            return _("(none chosen)")
        if isinstance(value, list):
            return _names("provision" if field == "provisions" else "contact", value, names)
    if field == "report_id":
        if value is None or value == "":
            return _("None: not from a report")
        return names.get(("report", int(str(value))), f"#{value}")
    if value is None or value == "":
        return _("No follow-up date") if field == "follow_up" else _("(nothing written)")
    if field == "provision_id" and isinstance(value, int):
        return names.get(("provision", value), f"#{value}")
    if field in _DAYS:
        return day_text(value)
    if field == "when":
        return moment_text(str(value))
    if field == "status":
        return status_words(value)
    if field == "reason":
        from iepdesk.schedule.reasons import reason_label

        return reason_label(str(value))
    if field == "source" and kind == "data_point":
        from iepdesk.progress.points import source_words

        return source_words(str(value))
    if field == "channel":
        return _table_word(CHANNELS, value)
    if field == "direction":
        return _table_word(DIRECTIONS, value)
    return str(value)


def record_label(kind: str, record_id: int, content: dict[str, Any] | None) -> str:
    """ "Log entry 12 (September 9, 2025)": a record by kind, number and day."""
    day = ""
    if content is not None:
        stored = str(content.get(DATE_FIELDS[kind]) or "")
        day = day_text(stored[:10]) if stored else ""
    name = kind_name(kind)
    if day:
        return _("{kind} {number} ({day})").format(kind=name, number=record_id, day=day)
    return _("{kind} {number}").format(kind=name, number=record_id)


#: The field each kind is dated by (the binder's period, a record's label).
DATE_FIELDS = {"log_entry": "date", "incident": "date", "communication": "when", "data_point": "measured_on"}
