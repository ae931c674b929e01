"""The words the binder prints for values the case stores as identifiers (a provision's kind, a
communication's channel, a document's kind…), in the language the binder is made in.

The tables are built at import time, so their texts are marked with ``N_`` and translated where they
are shown. A value not in a table (an older case, a value typed by hand) is printed as stored, with
its underscores as spaces, as the binder always printed it.
"""

from __future__ import annotations

from iepdesk.i18n import N_, _

PROVISION_KINDS = {
    "service": N_("service"),
    "accommodation": N_("accommodation"),
    "modification": N_("modification"),
    "supplementary_aid": N_("supplementary aid"),
    "goal": N_("goal"),
}
PERIODS = {
    "day": N_("{minutes} min × {count} per day"),
    "week": N_("{minutes} min × {count} per week"),
    "month": N_("{minutes} min × {count} per month"),
    "grading_period": N_("{minutes} min × {count} per grading period"),
    "year": N_("{minutes} min × {count} per year"),
}
DELIVERY = {"individual": N_("individual"), "group": N_("group")}
HOW_GIVEN = {"prompted": N_("given without asking"), "on_request": N_("on request")}
CHANNELS = {
    "email": N_("email"),
    "phone": N_("phone"),
    "meeting": N_("meeting"),
    "letter": N_("letter"),
    "portal": N_("portal"),
    "in_person": N_("in person"),
}
DIRECTIONS = {"to_school": N_("to school"), "from_school": N_("from school")}
DOCUMENT_KINDS = {
    "iep": N_("iep"),
    "evaluation": N_("evaluation"),
    "progress_report": N_("progress report"),
    "report_card": N_("report card"),
    "email": N_("email"),
    "letter": N_("letter"),
    "photo": N_("photo"),
    "other": N_("other"),
    "service_log": N_("service log"),
}
VERSION_KINDS = {
    "initial": N_("Initial IEP"),
    "annual": N_("Annual IEP"),
    "amendment": N_("Amendment IEP"),
}


def word(table: dict[str, str], value: object) -> str:
    """``value``'s words from ``table``, translated; a value not in it as stored (underscores as spaces)."""
    text = str(value or "")
    found = table.get(text)
    return _(found) if found is not None else text.replace("_", " ")


def shown(text: str) -> str:
    """A text marked with ``N_`` elsewhere (a dataclass field, a table), in the current language."""
    return _(text) if text else text


def version_label(kind: object) -> str:
    """ "Annual IEP" / "IEP anual"; a kind not in the table as "<Kind> IEP"."""
    text = str(kind or "")
    found = VERSION_KINDS.get(text)
    if found is not None:
        return _(found)
    return _("{kind} IEP").format(kind=text.capitalize())


def service_frequency(minutes: int, count: int, period: object) -> str:
    """ "30 min × 2 per week"."""
    text = str(period or "")
    found = PERIODS.get(text)
    if found is not None:
        return _(found).format(minutes=minutes, count=count)
    return _("{minutes} min × {count} per {period}").format(
        minutes=minutes, count=count, period=text.replace("_", " ")
    )
