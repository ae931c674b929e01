"""How the history shows a record's fields: their names and values in plain words."""

from __future__ import annotations

import datetime as dt

from iepdesk.export.binder_words import CHANNELS, DIRECTIONS, word
from iepdesk.i18n import N_, _

#: The kinds of record with a history, and what one is called.
KIND_NAMES = {
    "log_entry": N_("Log entry"),
    "incident": N_("Incident"),
    "communication": N_("Communication"),
    "data_point": N_("Data point"),
}

FIELD_NAMES = {
    "provision_id": N_("Service or goal"),
    "date": N_("Date"),
    "status": N_("What happened"),
    "minutes": N_("Minutes"),
    "reason": N_("Reason"),
    "source": N_("Source"),
    "counting": N_("How it counts"),
    "note": N_("Note"),
    "what_happened": N_("What happened"),
    "reported_by": N_("Reported by"),
    "child_words": N_("The child's words"),
    "evidence": N_("Evidence"),
    "provisions": N_("About"),
    "when": N_("When"),
    "channel": N_("How"),
    "direction": N_("Direction"),
    "other_people": N_("Other people"),
    "subject": N_("Subject"),
    "body": N_("Message or summary"),
    "follow_up": N_("Follow up by"),
    "people": N_("People"),
    "measured_on": N_("Measured on"),
    "value": N_("Value"),
    "unit": N_("Unit"),
    "measured_by": N_("Measured by"),
    "report_id": N_("Progress report"),
}

STATUSES = {
    "delivered": N_("delivered"),
    "shortened": N_("shortened"),
    "missed": N_("missed"),
    "makeup": N_("make-up"),
}


#: How a log entry counts beside another source's record of the same session (EntryCounting), in
#: the words of the window's entry form.
COUNTINGS = {
    "": N_("One session: count the surer record"),
    "separate": N_("A separate session of its own"),
    "preferred": N_("One session: count this record"),
}


def kind_name(kind: str) -> str:
    return _(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def field_name(field: str) -> str:
    return _(FIELD_NAMES[field]) if field in FIELD_NAMES else field.replace("_", " ")


def moment_text(stamp: str) -> str:
    """A stored UTC time ("2026-03-04T15:30:00+00:00") in this computer's time: "March 4, 2026,
    10:30 AM" ("4 de marzo de 2026, 10:30 AM")."""
    from iepdesk.dates import format_time
    from iepdesk.i18n import long_date

    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return _("{day}, {time}").format(day=long_date(moment.date()), time=format_time(moment.time()))


def written_text(entered_at: str) -> str:
    """ "Written on 3/4/2026 10:30 AM", or that the time was not recorded (an entry from before
    IEPDesk kept it): never a guessed time."""
    if not entered_at:
        return _("Written on: not recorded")
    return _("Written on {moment}").format(moment=moment_text(entered_at))


def edited_text(edited_at: str) -> str:
    return _("Edited on {moment}").format(moment=moment_text(edited_at))


def value_text(field: str, value: object, names: dict[tuple[str, int], str]) -> str:
    """A stored value in words; ``names`` gives provisions' titles and contacts' names by id."""
    if field == "counting" and isinstance(value, str | None):
        return _(COUNTINGS.get(value or "", COUNTINGS[""]))
    if value is None or value == "" or value == []:
        return _("(empty)")
    if field in ("provision_id",) and isinstance(value, int):
        return names.get(("provision", value), f"#{value}")
    if field == "provisions" and isinstance(value, list):
        return "; ".join(names.get(("provision", int(v)), f"#{v}") for v in value)
    if field == "people" and isinstance(value, list):
        return "; ".join(names.get(("contact", int(v)), f"#{v}") for v in value)
    if field == "status":
        return word(STATUSES, value)
    if field == "reason":
        from iepdesk.schedule.reasons import reason_label

        return reason_label(str(value))
    if field == "channel":
        return word(CHANNELS, value)
    if field == "direction":
        return word(DIRECTIONS, value)
    return str(value)
